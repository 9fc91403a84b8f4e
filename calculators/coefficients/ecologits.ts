/**
 * EcoLogits parametric coefficients, one list per methodology version. The model code reads them by
 * the same ids in both sets, so comparing two sets by id shows readers what changed.
 * v0.8.2 is expressed in the v0.9 form: no batch term (beta = 0) and batch size 1, kWh turned into Wh.
 */
import type { Coefficient } from './schema.ts';

const v091 = (id: string, label: string, value: number, unit: string, note: string, sourceId = 'ecologits-2025'): Coefficient => ({
  id,
  label,
  value,
  unit,
  year: 2025,
  sourceId,
  note,
  trust: 'V-primary',
});
const v082 = (id: string, label: string, value: number, unit: string, note: string, sourceId = 'ecologits-082'): Coefficient => ({
  id,
  label,
  value,
  unit,
  year: 2025,
  sourceId,
  note,
  trust: 'V-primary',
});

export const ecologits091: Coefficient[] = [
  v091(
    'ecologits-energy-alpha',
    'GPU energy per token: slope on active parameters (alpha)',
    1.1665273170451914e-6,
    'Wh per token per billion active parameters',
    'Fitted on ML.ENERGY H100 data; multiplied by exp(beta x batch size).',
  ),
  v091(
    'ecologits-energy-beta',
    'GPU energy per token: batch-size exponent (beta)',
    -0.011205921025579175,
    'per request in the batch',
    'Energy per token falls exponentially with batch size.',
  ),
  v091('ecologits-energy-gamma', 'GPU energy per token: intercept (gamma)', 4.052928146734005e-5, 'Wh per token', 'Fitted intercept.'),
  v091(
    'ecologits-latency-alpha',
    'Latency per token: slope on active parameters',
    6.785088094353663e-4,
    's per token per billion active parameters',
    'Fitted on ML.ENERGY H100 data.',
  ),
  v091(
    'ecologits-latency-beta',
    'Latency per token: slope on batch size',
    3.119310311688259e-4,
    's per token per request in the batch',
    'Fitted on ML.ENERGY H100 data.',
  ),
  v091('ecologits-latency-gamma', 'Latency per token: intercept', 0.019473717579473387, 's per token', 'Fitted intercept.'),
  v091('ecologits-batch-size', 'Batch size (requests served concurrently)', 64, 'requests', 'EcoLogits default for all models.'),
  v091('ecologits-batch-modelled', 'Batch size modelled (1 = yes)', 1, 'flag', 'v0.9 models batching; a supplied batch size is used.'),
  v091('ecologits-quantisation-bits', 'Model weight precision', 16, 'bits', 'Memory sizing assumes 16-bit weights.'),
  v091('ecologits-memory-overhead', 'Memory overhead factor', 1.2, 'multiplier', 'M = 1.2 x total parameters x bits / 8.'),
  v091('ecologits-gpu-memory-gb', 'GPU memory', 80, 'GB', 'H100 80GB.'),
  v091(
    'ecologits-gpu-count-power-of-two',
    'GPU count rounded up to a power of two (1 = yes)',
    1,
    'flag',
    'v0.9 rounds ceil(M / 80 GB) up to 1, 2, 4, 8, 16, ...',
  ),
  v091('ecologits-server-gpus', 'GPUs per server', 8, 'GPUs', 'Reference server AWS p5.48xlarge.'),
  v091(
    'ecologits-server-power-w',
    'Server power excluding GPUs',
    1200,
    'W',
    'BoaviztAPI average power for AWS p5.48xlarge.',
    'boavizta-api',
  ),
  v091(
    'ecologits-gpu-embodied-kg',
    'Embodied emissions per GPU',
    164,
    'kgCO2e',
    'NVIDIA HGX H100 product carbon footprint summary.',
    'nvidia-h100-pcf',
  ),
  v091(
    'ecologits-server-embodied-kg',
    'Embodied emissions per server excluding GPUs',
    5700,
    'kgCO2e',
    'BoaviztAPI, p5.48xlarge.',
    'boavizta-api',
  ),
  v091('ecologits-lifespan-years', 'Hardware lifespan', 3, 'years', 'Embodied emissions are spread over this life (94,608,000 s).'),
];

export const ecologits082: Coefficient[] = [
  v082(
    'ecologits-energy-alpha',
    'GPU energy per token: slope on active parameters (alpha)',
    8.91e-5,
    'Wh per token per billion active parameters',
    'Published as 8.91e-8 kWh; linear, no batch term.',
  ),
  v082(
    'ecologits-energy-beta',
    'GPU energy per token: batch-size exponent (beta)',
    0,
    'per request in the batch',
    'Not modelled before v0.9 (equivalent to batch size 1).',
  ),
  v082('ecologits-energy-gamma', 'GPU energy per token: intercept (gamma)', 1.43e-3, 'Wh per token', 'Published as 1.43e-6 kWh.'),
  v082(
    'ecologits-latency-alpha',
    'Latency per token: slope on active parameters',
    8.02e-4,
    's per token per billion active parameters',
    'Linear latency fit.',
  ),
  v082(
    'ecologits-latency-beta',
    'Latency per token: slope on batch size',
    0,
    's per token per request in the batch',
    'Not modelled before v0.9.',
  ),
  v082('ecologits-latency-gamma', 'Latency per token: intercept', 2.23e-2, 's per token', 'Linear latency fit.'),
  v082('ecologits-batch-size', 'Batch size (requests served concurrently)', 1, 'requests', 'Batching not modelled (equivalent to 1).'),
  v082('ecologits-batch-modelled', 'Batch size modelled (1 = yes)', 0, 'flag', 'A supplied batch size is ignored with a warning.'),
  v082('ecologits-quantisation-bits', 'Model weight precision', 4, 'bits', 'Memory sizing assumed 4-bit weights.'),
  v082('ecologits-memory-overhead', 'Memory overhead factor', 1.2, 'multiplier', 'M = 1.2 x total parameters x bits / 8.'),
  v082('ecologits-gpu-memory-gb', 'GPU memory', 80, 'GB', '80 GB GPUs.'),
  v082(
    'ecologits-gpu-count-power-of-two',
    'GPU count rounded up to a power of two (1 = yes)',
    0,
    'flag',
    'ceil(M / 80 GB), no power-of-two rounding.',
  ),
  v082('ecologits-server-gpus', 'GPUs per server', 8, 'GPUs', 'Reference 8-GPU server.'),
  v082('ecologits-server-power-w', 'Server power excluding GPUs', 1000, 'W', 'Server power before v0.9.'),
  v082('ecologits-gpu-embodied-kg', 'Embodied emissions per GPU', 143, 'kgCO2e', 'A100 basis.'),
  v082('ecologits-server-embodied-kg', 'Embodied emissions per server excluding GPUs', 3000, 'kgCO2e', 'Server embodied before v0.9.'),
  v082('ecologits-lifespan-years', 'Hardware lifespan', 5, 'years', 'Lifespan before v0.9.'),
];
