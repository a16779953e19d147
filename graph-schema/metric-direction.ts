/**
 * Whether a higher value of a metric is better: the one rule the extractor (stored with each result) and the
 * leaderboard (its order) share. Decided by the metric's words: error, distance, loss, time and cost measures are
 * better low; accuracy, overlap, ranking, quality and rate-of-work measures better high; anything else unknown.
 */

/** Checked first: a "lower" word wins over a "higher" one ("error rate", "top-1 error", "accuracy loss"). */
const LOWER_IS_BETTER = [
  /\b(?:fid|fvd|kid|lpips|perplexity|ppl|wer|cer|error|errors|loss|nll|mse|mae|rmse|mape|smape|crps|ece|brier|regret|distance|divergence)\b/,
  /\b(?:latency|latencies|time|times|runtime|duration|delay|overhead|footprint|memory|cost|costs|energy|power|area|traffic|volume|movement)\b/,
  /\b(?:parameters?|size|flops|macs|bits?|bitrate|bpc|bpd|ttft|tpot|epe|ade|fde|violations?)\b/,
  /\bbits per\b|\bper (?:byte|character|dimension|parameter)\b/,
];

const HIGHER_IS_BETTER = [
  /\b(?:accuracy|acc|f1|f-score|bleu|rouge(?:-\w+)?|meteor|cider|spice|chrf|comet|bertscore|auc|auroc|auprc|ap|map|iou|miou|dice|ndcg|mrr|hits|recall|precision|psnr|ssim|mos)\b/,
  /\b(?:score|inception score|clip score|win rate|success rate|pass rate|pass@\w+|elo|reward|return|r2|r-squared|correlation|sensitivity|specificity|purity|ari|nmi)\b/,
  /\b(?:throughput|speed|speedup|bandwidth|utili[sz]ation|efficiency|sparsity|tokens per second|tokens\/s|fps|tflops|mfu|quality|compression ratio)\b/,
];

export function metricHigherIsBetter(metric: string | null): boolean | null {
  if (metric === null) return null;
  const words = metric.normalize('NFKC').toLowerCase();
  if (LOWER_IS_BETTER.some((pattern) => pattern.test(words))) return false;
  if (HIGHER_IS_BETTER.some((pattern) => pattern.test(words))) return true;
  return null;
}
