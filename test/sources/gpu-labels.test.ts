// The GPU a pod is scheduled on, from each cloud's node labels; MIG slices; accelerators not checked.

import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/manifest/parse.js';
import { gpuCount, gpuFromScheduling, otherAccelerator } from '../../src/sources/gpu-labels.js';

const pod = (yaml: string) => parseYaml(yaml, 'pod.yaml').root ?? undefined;
const gpuName = (yaml: string) => {
  const hit = gpuFromScheduling(pod(yaml));
  return hit && 'gpu' in hit ? hit.gpu.name : hit;
};

describe('gpuFromScheduling', () => {
  it('reads the GPU labels of EKS, Alibaba ACK, Volcengine VKE and GPU feature discovery', () => {
    expect(gpuName('nodeSelector:\n  k8s.amazonaws.com/accelerator: nvidia-tesla-t4\n')).toBe('T4');
    expect(gpuName('nodeSelector:\n  aliyun.accelerator/nvidia_name: NVIDIA-A10\n')).toBe('A10');
    expect(gpuName('affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n      - matchExpressions:\n        - key: machine.cluster.vke.volcengine.com/gpu-name\n          operator: In\n          values: [NVIDIA-L20]\n')).toBe('L20');
    expect(gpuName('nodeSelector:\n  nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3\n')).toBe('H100 SXM');
  });

  it('reads OCI shapes as instance types, by the node label or GPU feature discovery\'s machine label', () => {
    expect(gpuName('nodeSelector:\n  node.kubernetes.io/instance-type: BM.GPU.H100.8\n')).toBe('H100 SXM');
    expect(gpuName('nodeSelector:\n  nvidia.com/gpu.machine: VM.GPU.A10.1\n')).toBe('A10');
  });

  it('says that AKS\'s accelerator label names the vendor, not the model', () => {
    const hit = gpuFromScheduling(pod('nodeSelector:\n  kubernetes.azure.com/accelerator: nvidia\n'));
    expect(hit && 'error' in hit ? { message: hit.error, line: hit.pos.line } : hit).toEqual({
      message: expect.stringMatching(/^kubernetes\.azure\.com\/accelerator: nvidia names the vendor, not the GPU model: select the VM size/),
      line: 2,
    });
  });
});

describe('gpuCount and otherAccelerator', () => {
  it('counts MIG slices with the profile\'s memory in GB', () => {
    expect(gpuCount(pod('resources:\n  limits:\n    nvidia.com/mig-3g.40gb: 2\n'))).toEqual({ count: 2, pos: { file: 'pod.yaml', line: 3, column: 5 }, mig: { profile: '3g.40gb', memoryBytes: 40e9 } });
  });

  it('finds TPUs and AMD GPUs by resource or node label', () => {
    expect(otherAccelerator(pod('resources:\n  limits:\n    amd.com/gpu: 8\n'), undefined)).toMatchObject({ what: 'AMD GPU', label: 'amd.com/gpu: 8' });
    expect(otherAccelerator(undefined, pod('nodeSelector:\n  cloud.google.com/gke-tpu-accelerator: tpu-v6e-slice\n'))).toMatchObject({ what: 'Google Cloud TPU', label: 'cloud.google.com/gke-tpu-accelerator: tpu-v6e-slice' });
    expect(otherAccelerator(pod('resources:\n  limits:\n    nvidia.com/gpu: 1\n'), undefined)).toBeNull();
  });
});
