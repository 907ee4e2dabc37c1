import { describe, expect, it } from 'vitest';
import { CATALOG_PRICES, layerPrices, parsePrices } from '../../src/catalog/prices.js';

describe('price lists', () => {
  it('turns an instance rate into a rate per GPU-hour, with its source', () => {
    const [p] = parsePrices({ prices: [{ gpu: 'H100', gpus: 8, usd_per_hour: 40, instance_type: 'p5.48xlarge', source: 'our contract' }] }, 'prices.yaml');
    expect(p).toEqual({ gpu: expect.stringMatching(/H100/), usdPerGpuHour: 5, source: 'p5.48xlarge, our contract' });
    expect(CATALOG_PRICES.length).toBeGreaterThan(0);
  });

  it('names the entry of a rate no GPU is rented at: a monthly price, or one that overflows every cost', () => {
    expect(() => parsePrices({ prices: [{ gpu: 'L4', usd_per_hour: 0.7 }, { gpu: 'L4', usd_per_hour: 1800 }] }, 'prices.yaml')).toThrow(
      'prices.yaml: prices[1]: $1800 a GPU-hour is beyond any GPU rental (at most $1000 is taken): write the hourly rate, not a month\'s or a year\'s',
    );
    expect(() => parsePrices({ prices: [{ gpu: 'L4', usd_per_gpu_hour: 1e308 }] }, 'prices.yaml')).toThrow(/prices\[0\]: \$1e\+308 a GPU-hour is beyond any GPU rental/);
    expect(() => parsePrices({ prices: [{ gpu: 'L4', usd_per_hour: -1 }] }, 'prices.yaml')).toThrow('prices.yaml: prices[0] needs usd_per_hour or usd_per_gpu_hour, a positive number');
    // Eight GPUs at $1,800 an hour is $225 a GPU-hour: taken.
    expect(parsePrices({ prices: [{ gpu: 'H100', gpus: 8, usd_per_hour: 1800 }] }, 'prices.yaml')[0].usdPerGpuHour).toBe(225);
  });

  it("puts the user's rates first, the base's for the GPUs they leave out", () => {
    const user = parsePrices({ prices: [{ gpu: 'L4', usd_per_hour: 0.3 }] }, 'mine.yaml');
    const layered = layerPrices(user, CATALOG_PRICES);
    expect(layered[0]).toEqual(user[0]);
    expect(layered.filter((p) => p.gpu === user[0].gpu)).toHaveLength(1);
  });
});
