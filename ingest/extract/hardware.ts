/**
 * Compute hardware named in the title or abstract, with a canonical name, the count when the text gives one
 * ("256 GPUs", "eight individual GPU nodes", "8×A100", "a single GPU") and the exact surface text.
 * A specific part ("A100 GPUs", "H100 GPU hours") is one mention of that part, not also a generic GPU.
 */
import type { EvidenceSpan, HardwareMention } from '../types.ts';
import type { ExtractionContext } from './context.ts';

interface DeviceRule {
  canonical: string | ((surface: string) => string);
  /** Regex source; matched case-sensitively unless written with inline alternatives. */
  pattern: string;
}

const PLURAL = String.raw`(?:s|\(s\))?`;
/** What may follow a part name and still belong to it: "A100 GPUs", "V100-32GB", "TPUv3 pods". */
const PART_TAIL = String.raw`(?:[- ](?:\d+\s?GB|SXM\d?|PCIe))?(?:\s?(?:Tensor Core\s)?(?:GPU|graphics card|card|chip|accelerator)${PLURAL})?`;
const NVIDIA = String.raw`(?:(?:NVIDIA|Nvidia|nVidia)\s(?:Tesla\s|GeForce\s|DGX\s)?|(?:Tesla|GeForce|DGX)\s)?`;

/** A consumer NVIDIA part; "Ti" variants keep their suffix in the canonical name. */
const nvidiaPart = (canonical: string, model: string): DeviceRule => ({
  canonical: (surface) => (/\sTi\b/.test(surface) ? `${canonical} Ti` : canonical),
  pattern: NVIDIA + model + PART_TAIL,
});

/** Ordered most specific first: at one position the first rule that matches wins. */
const DEVICE_RULES: DeviceRule[] = [
  { canonical: 'NVIDIA GH200', pattern: NVIDIA + 'GH200' + PART_TAIL },
  { canonical: 'NVIDIA H200', pattern: NVIDIA + 'H200' + PART_TAIL },
  { canonical: 'NVIDIA H100', pattern: NVIDIA + 'H100' + PART_TAIL },
  { canonical: 'NVIDIA H800', pattern: NVIDIA + 'H800' + PART_TAIL },
  { canonical: 'NVIDIA A100', pattern: NVIDIA + 'A100' + PART_TAIL },
  { canonical: 'NVIDIA A800', pattern: NVIDIA + 'A800' + PART_TAIL },
  { canonical: 'NVIDIA V100', pattern: NVIDIA + 'V100' + PART_TAIL },
  { canonical: 'NVIDIA P100', pattern: NVIDIA + 'P100' + PART_TAIL },
  { canonical: 'NVIDIA L40S', pattern: NVIDIA + 'L40S?' + PART_TAIL },
  { canonical: 'NVIDIA A6000', pattern: NVIDIA + String.raw`(?:RTX\s)?A6000` + PART_TAIL },
  { canonical: 'NVIDIA A40', pattern: NVIDIA + 'A40' + PART_TAIL },
  { canonical: 'NVIDIA A10', pattern: NVIDIA + 'A10G?' + PART_TAIL },
  { canonical: 'NVIDIA T4', pattern: String.raw`(?:NVIDIA|Nvidia|Tesla)\sT4` + PART_TAIL + String.raw`|T4\s?GPU${PLURAL}` },
  { canonical: 'NVIDIA K80', pattern: String.raw`(?:NVIDIA|Nvidia|Tesla)\sK80` + PART_TAIL + String.raw`|K80\s?GPU${PLURAL}` },
  nvidiaPart('NVIDIA RTX 4090', String.raw`(?:RTX\s?)?4090`),
  nvidiaPart('NVIDIA RTX 3090', String.raw`(?:RTX\s?)?3090(?:\sTi)?`),
  nvidiaPart('NVIDIA RTX 3080', String.raw`(?:RTX\s?)?3080(?:\sTi)?`),
  nvidiaPart('NVIDIA RTX 2080', String.raw`(?:RTX\s?)?2080(?:\sTi)?`),
  nvidiaPart('NVIDIA GTX 1080', String.raw`(?:GTX\s?)?1080(?:\sTi)?`),
  // Any other GeForce/RTX part by its model number ("RTX 4070", "GTX 1660 Ti").
  {
    canonical: (s) => {
      const [, series, model, ti] = /(RTX|GTX)\s?(\d{4})(\sTi)?/.exec(s) ?? [];
      return `NVIDIA ${series ?? 'RTX'} ${model ?? ''}${ti ?? ''}`.trim();
    },
    pattern: NVIDIA + String.raw`(?:RTX|GTX)\s?\d{4}(?:\sTi)?` + PART_TAIL,
  },
  {
    canonical: (s) => {
      const model = /DGX([- ](?:\d|Station|SuperPOD))?/.exec(s)?.[1];
      return model
        ? `NVIDIA DGX${model.startsWith('-') || /^\s?\d/.test(model) ? '-' + model.replace(/^[- ]/, '') : ' ' + model.trim()}`
        : 'NVIDIA DGX';
    },
    pattern: String.raw`(?:NVIDIA\s)?DGX(?:[- ](?:\d|Station|SuperPOD))?(?:\s(?:node|server|system|machine|box)${PLURAL})?`,
  },
  { canonical: 'NVIDIA Titan', pattern: NVIDIA + String.raw`(?:TITAN|Titan)\s(?:Xp|X|V|RTX)` + PART_TAIL },
  {
    canonical: 'NVIDIA Jetson',
    pattern:
      NVIDIA + String.raw`Jetson(?:\s(?:AGX\s)?(?:Orin|Xavier|Nano|TX2|TX1)(?:\sNX|\sNano)?)?(?:\s(?:board|device|module)${PLURAL})?`,
  },
  {
    canonical: (s) => `AMD MI${/MI(\d+)/.exec(s)?.[1] ?? ''}`,
    pattern: String.raw`(?:AMD\s)?(?:Instinct\s)?MI\d{2,3}[AXL]?(?:\s?GPU${PLURAL})?`,
  },
  {
    canonical: 'Apple M-series',
    pattern: String.raw`Apple\s(?:silicon|Silicon|M[1-4](?:\s(?:Pro|Max|Ultra))?)(?:\s(?:chip|GPU)${PLURAL})?|M[1-4]\s(?:Pro|Max|Ultra)\b`,
  },
  {
    canonical: 'Ascend NPU',
    pattern: String.raw`(?:Huawei\s)?Ascend(?:\s?910[A-C]?)(?:\s(?:NPU|chip|AI processor)${PLURAL})?|Huawei\sAscend(?:\s(?:NPU|chip|AI processor)${PLURAL})?|Ascend\s(?:NPU|AI processor)${PLURAL}`,
  },
  { canonical: 'Graphcore IPU', pattern: String.raw`(?:Graphcore\s)?IPU${PLURAL}|Intelligence Processing Unit${PLURAL}` },
  { canonical: 'Cerebras WSE', pattern: String.raw`Cerebras(?:\sWSE-?\d?|\sCS-\d)?` },
  {
    canonical: 'SambaNova SN40L',
    pattern: String.raw`(?:SambaNova\s)?SN40L(?:\sReconfigurable Dataflow Units?)?(?:\s\(RDUs?\))?|Reconfigurable Dataflow Units?(?:\s\(RDUs?\))?|RDU${PLURAL}`,
  },
  { canonical: 'Intel Gaudi', pattern: String.raw`(?:Intel\s)?(?:Habana\s)?Gaudi\s?[1-3]?(?:\s(?:accelerator|HPU)${PLURAL})?` },
  { canonical: 'AWS Trainium', pattern: String.raw`(?:AWS\s)?Trainium\d?` },
  { canonical: 'AWS Inferentia', pattern: String.raw`(?:AWS\s)?Inferentia\d?` },
  { canonical: 'Groq LPU', pattern: String.raw`(?:Groq\s)?LPU${PLURAL}` },
  {
    canonical: (s) => `TPU v${/v(\d)/.exec(s)?.[1] ?? ''}`,
    pattern: String.raw`(?:Cloud\s)?TPU\s?v[2-5][ep]?(?:[- ]\d+)?(?:\s(?:pod|chip|core|slice)${PLURAL})?`,
  },
  { canonical: 'GPU cluster', pattern: String.raw`GPU${PLURAL}?\s(?:cluster|supercomputer)${PLURAL}` },
  { canonical: 'multi-GPU', pattern: String.raw`[Mm]ulti-?(?:GPU|gpu)${PLURAL}` },
  { canonical: 'GPU', pattern: String.raw`GPU${PLURAL}|[Gg]raphics?\s[Pp]rocessing\s[Uu]nit${PLURAL}(?:\s\(GPUs?\))?|graphics cards?` },
  {
    canonical: 'TPU',
    pattern: String.raw`(?:Cloud\s)?TPU${PLURAL}(?:\s(?:pod|chip|core|slice)${PLURAL})?|[Tt]ensor\s[Pp]rocessing\s[Uu]nit${PLURAL}(?:\s\(TPUs?\))?`,
  },
  { canonical: 'NPU', pattern: String.raw`NPU${PLURAL}|[Nn]eural\s[Pp]rocessing\s[Uu]nit${PLURAL}(?:\s\(NPUs?\))?` },
  { canonical: 'CPU', pattern: String.raw`CPU${PLURAL}|[Cc]entral\s[Pp]rocessing\s[Uu]nit${PLURAL}(?:\s\(CPUs?\))?` },
  { canonical: 'FPGA', pattern: String.raw`FPGA${PLURAL}|[Ff]ield[- ][Pp]rogrammable\s[Gg]ate\s[Aa]rray${PLURAL}(?:\s\(FPGAs?\))?` },
  {
    canonical: 'ASIC',
    pattern: String.raw`ASIC${PLURAL}|[Aa]pplication[- ][Ss]pecific\s[Ii]ntegrated\s[Cc]ircuit${PLURAL}(?:\s\(ASICs?\))?`,
  },
  { canonical: 'microcontrollers', pattern: String.raw`[Mm]icro-?controller${PLURAL}(?:\sunits?)?(?:\s\(MCUs?\))?|MCU${PLURAL}` },
  {
    canonical: 'mobile devices',
    pattern: String.raw`[Mm]obile(?=\s(?:and|or)\s(?:edge|embedded|IoT)\s(?:device|platform|hardware)s?)|(?:[Mm]obile|[Hh]andheld)\s(?:device|phone|GPU|CPU|processor|platform|hardware|SoC|chip)${PLURAL}|[Ss]martphone${PLURAL}`,
  },
  {
    canonical: 'edge devices',
    pattern: String.raw`[Ee]dge(?=\s(?:and|or)\smobile\s(?:device|platform|hardware)s?)|(?:[Ee]dge|[Ee]mbedded|IoT|[Ll]ow-power|[Rr]esource-(?:constrained|limited)|[Ll]ow-resource|[Tt]iny)(?:\s(?:edge|embedded|IoT))?\s(?:device|hardware|platform|system|processor|GPU|board)${PLURAL}`,
  },
];

const DEVICE_PATTERN = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}_])|(?<=\d(?:x|times)))(?:` +
    DEVICE_RULES.map((rule) => `(${rule.pattern})`).join('|') +
    String.raw`)(?![\p{L}\p{N}_])`,
  'gu',
);

const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  'a single': 1,
  two: 2,
  pair: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  sixteen: 16,
  twenty: 20,
  'thirty-two': 32,
  'sixty-four': 64,
  hundred: 100,
  thousand: 1000,
};
/** Words allowed between a count and the device: "eight individual GPU nodes", "4x NVIDIA A6000". */
const COUNT_FILLER = String.raw`(?:(?:individual|identical|separate|dedicated|high-end|consumer(?:-grade)?|commodity|modern|cloud|Google|AMD|Intel|Apple|Huawei|NVIDIA|Nvidia|Tesla|GeForce|RTX|GTX|\d+\s?GB)\s){0,3}`;
const COUNT_BEFORE = new RegExp(
  String.raw`(?:^|[\s(\[,;:])(a single|single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty|thirty-two|sixty-four|\d{1,3}(?:,\d{3})+|\d+)` +
    String.raw`(?:\s?(?:x|×|times|\\times)\s?|\s|-)${COUNT_FILLER}$`,
  'i',
);
/** Device words that measure use, not a number of devices: "1200 GPU hours", "GPU memory". */
const USAGE_AFTER = /^(?:[\s-](?:hours?|hrs|days?|years?|memory|time|seconds|minutes|resources)\b|\*hrs)/i;
/** Counting units after the device: "GPU nodes", "TPUv3 pods". */
const UNIT_AFTER = /^\s(?:node|server|machine|pod|card|chip|core|worker|instance|socket)s?\b/;

export function extractHardware(ctx: Pick<ExtractionContext, 'title' | 'abstract'>): HardwareMention[] {
  const mentions = new Map<string, HardwareMention>();
  for (const field of ['title', 'abstract'] as const) {
    const text = ctx[field];
    for (const found of findDevices(text)) {
      const evidence: EvidenceSpan = { field, start: found.start, end: found.end };
      const key = `${found.name}\u0000${found.count ?? ''}`;
      const existing = mentions.get(key);
      if (existing) existing.evidence.push(evidence);
      else mentions.set(key, { name: found.name, count: found.count, surface: text.slice(found.start, found.end), evidence: [evidence] });
    }
  }
  return [...mentions.values()];
}

interface FoundDevice {
  name: string;
  count: number | null;
  start: number;
  end: number;
}

export function findDevices(text: string): FoundDevice[] {
  const found: FoundDevice[] = [];
  for (const match of text.matchAll(DEVICE_PATTERN)) {
    const ruleIndex = match.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    const rule = DEVICE_RULES[ruleIndex];
    if (!rule) continue;
    const name = typeof rule.canonical === 'string' ? rule.canonical : rule.canonical(match[0]);
    let start = match.index ?? 0;
    let end = start + match[0].length;
    const unit = UNIT_AFTER.exec(text.slice(end, end + 16));
    if (unit) end += unit[0].length;
    let count: number | null = null;
    const usage = USAGE_AFTER.exec(text.slice(end, end + 12));
    if (usage) end += usage[0].length;
    const before = usage ? null : COUNT_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (before) {
      count = countValue(before[1]);
      start -= before[0].length - before[0].indexOf(before[1]);
    }
    const previous = found.at(-1);
    if (name === 'GPU' && previous && isSpecificGpu(previous.name) && PART_HEAD_GAP.test(text.slice(previous.end, start))) {
      previous.end = end;
      continue;
    }
    found.push({ name, count, start, end });
  }
  return found.filter((device) => !isAnaphoricGpu(text, device, found));
}

/** A bare "GPUs" in a sentence that names a specific GPU part refers back to that part. */
function isAnaphoricGpu(text: string, device: FoundDevice, all: FoundDevice[]): boolean {
  if (device.name !== 'GPU' || device.count !== null) return false;
  return all.some((other) => {
    if (!isSpecificGpu(other.name)) return false;
    const between = other.start < device.start ? text.slice(other.end, device.start) : text.slice(device.end, other.start);
    return !SENTENCE_END.test(between);
  });
}

const SENTENCE_END = /[.!?]\s+\p{Lu}/u;

/** "8timesRTX 2080 Ti (11G) GPUs": the trailing GPUs is the head noun of the part, not another device. */
const PART_HEAD_GAP = /^\s*(?:\([^)]{0,16}\)\s*)?$/;
const isSpecificGpu = (name: string): boolean => /^(?:NVIDIA|AMD) /.test(name);

function countValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower in COUNT_WORDS) return COUNT_WORDS[lower];
  const value = Number(lower.replace(/,/g, ''));
  return Number.isInteger(value) && value > 0 ? value : null;
}
