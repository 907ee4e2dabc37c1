// llama.cpp's recurrent memory (src/llama-memory-recurrent.cpp llama_memory_recurrent, used
// through src/llama-memory-hybrid.cpp for models that mix it with attention): each recurrent
// layer holds an r tensor of n_embd_r() and an s tensor of n_embd_s() values per cell, with
// mem_size = max(1, n_seq_max) cells (one per parallel sequence), both F32 (llama-model.cpp
// create_memory passes GGML_TYPE_F32 for the recurrent types). n_embd_r / n_embd_s in
// src/llama-hparams.cpp: Mamba (d_conv − 1) × (d_inner + 2·n_group·d_state) and d_state × d_inner;
// LFM2 n_embd × (L_cache − 1) and nothing; Kimi KDA 3 × (d_conv − 1) × n_head × head_dim. Those are
// the elements of the conv and temporal states at tensor_parallel_size 1 (recurrent-state.ts).

import type { Architecture } from '../architecture.js';
import { recurrentLayerCount, stateShape } from '../recurrent-state.js';

export interface LlamaRecurrent {
  nEmbdR: number;
  nEmbdS: number;
  /** Bytes of one recurrent layer's r and s tensors for all sequences. */
  perLayer: number;
  layers: number;
}

export function llamaRecurrentBytes(arch: Architecture, nSeqMax: number): LlamaRecurrent {
  if (!arch.recurrent) return { nEmbdR: 0, nEmbdS: 0, perLayer: 0, layers: 0 };
  const shape = stateShape(arch, 1);
  const cells = Math.max(1, nSeqMax);
  return {
    nEmbdR: shape.convElements,
    nEmbdS: shape.temporalElements,
    perLayer: (shape.convElements + shape.temporalElements) * 4 * cells,
    layers: recurrentLayerCount(arch),
  };
}
