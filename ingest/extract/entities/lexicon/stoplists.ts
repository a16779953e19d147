/**
 * Words and phrases that are never entities of their own: fields, filler, hardware (extracted elsewhere), units,
 * organisations, venues and general acronyms. Compared by canonical key unless stated otherwise.
 */
export const FILLER_PHRASES: readonly string[] = [
  'deep learning', 'machine learning', 'artificial intelligence', 'AI', 'ML', 'DL', 'computer vision', 'CV', 'natural language processing',
  'NLP', 'data science', 'statistical learning', 'learning', 'our method', 'our approach', 'our model', 'our framework', 'framework',
  'model', 'method', 'approach', 'baseline', 'algorithm', 'system', 'technique', 'architecture', 'network', 'generative AI', 'GenAI',
  'AI system', 'high-performance computing', 'HPC', 'internet of things', 'IoT', 'robotics', 'signal processing', 'information theory',
  'theoretical artificial intelligence', 'speech processing', 'image processing', 'natural language', 'embodied AI', 'AGI',
  'artificial general intelligence', 'graph learning', 'key-value', 'key and value', 'query, key, and value', 'general intelligence', 'trustworthy AI', 'responsible AI', 'AI safety',
];

/**
 * Generic technique words that are topics only when the paper makes them one: it defines an acronym for them or
 * names them in its title ("neural network (NN)", "Sequential Training of Neural Networks").
 */
export const GENERIC_CONCEPTS: readonly string[] = [
  'neural network', 'language model', 'pre-trained model', 'compression', 'loss function', 'value function', 'object detector',
  'stochastic optimization', 'embedding', 'interpretability', 'distributed learning', 'hyperparameter tuning',
];

/** Tokens shaped like names that are not methods or datasets (case-sensitive). */
export const NOT_NAMES: readonly string[] = [
  'AI', 'ML', 'DL', 'NLP', 'CV', 'IR', 'HCI', 'HPC', 'IoT', 'API', 'APIs', 'SDK', 'GUI', 'GUIs', 'CLI', 'IDE', 'URL', 'URLs', 'JSON', 'XML',
  'HTML', 'SQL', 'CSS', 'PDF', 'PDFs', 'CSV', 'LaTeX', 'GitHub', 'YouTube', 'arXiv', 'ArXiv', 'PhD', 'SOTA', 'SoTA', 'TL;DR', 'FAQ',
  'GPU', 'GPUs', 'CPU', 'CPUs', 'TPU', 'TPUs', 'NPU', 'NPUs', 'FPGA', 'FPGAs', 'ASIC', 'ASICs', 'SoC', 'SoCs', 'DRAM', 'SRAM', 'HBM',
  'SSD', 'SSDs', 'HDD', 'RAM', 'VRAM', 'PCIe', 'NVLink', 'InfiniBand', 'RDMA', 'DSP', 'DSPs', 'MCU', 'MCUs', 'GPGPU', 'NVIDIA', 'Nvidia',
  'AMD', 'ARM', 'RISC-V', 'x86', 'GeForce', 'RTX', 'GTX', 'A100', 'H100', 'V100', 'A6000', 'H800', 'A800', 'H200', 'B200', 'GB200', 'L40S',
  'T4', 'P100', 'K80', 'MI250', 'MI300X', 'OpenAI', 'DeepMind', 'Google', 'Microsoft', 'Meta', 'IBM', 'Intel', 'Apple', 'Amazon',
  'AWS', 'Azure', 'Alibaba', 'Baidu', 'Tencent', 'ByteDance', 'Huawei', 'Samsung', 'Qualcomm', 'HuggingFace', 'Hugging Face', 'Anthropic',
  'NeurIPS', 'ICML', 'ICLR', 'CVPR', 'ECCV', 'ICCV', 'ACL', 'EMNLP', 'NAACL', 'AAAI', 'IJCAI', 'KDD', 'WWW', 'SIGIR', 'SIGMOD', 'VLDB',
  'OSDI', 'SOSP', 'NSDI', 'MLSys', 'ISCA', 'MICRO', 'HPCA', 'ASPLOS', 'DAC', 'ICCAD', 'USA', 'US', 'UK', 'EU', 'UN', 'COVID', 'COVID-19',
  'SARS-CoV-2', 'DNA', 'RNA', 'mRNA', 'CT', 'MRI', 'fMRI', 'EEG', 'ECG', 'RGB', 'RGB-D', 'HDR', 'LiDAR', 'GPS', 'IMU', 'ID', 'IDs',
  'IID', 'KL', 'TV', 'ReLU', 'GeLU', 'GELU', 'SiLU', 'PDE', 'PDEs', 'ODE', 'ODEs', 'SDE', 'SDEs', 'MB', 'GB', 'TB', 'PB', 'KB', 'TFLOPs',
  'PFLOPs', 'MHz', 'GHz', 'kHz', 'Hz', 'dB', 'FPS', 'QPS', 'OOM', 'SLA', 'SLAs', 'SLO', 'SLOs', 'QoS', 'QoE', 'LLMOps', 'MLOps',
  'DevOps', 'CI', 'OS', 'UI', 'UX', 'VR', 'AR', 'XR', 'MR', 'IT', 'ICT', 'CEO', 'R&D', 'Q&A', 'OK', 'II', 'III', 'IV', 'VI', 'VII', 'VIII',
  'IX', 'XI', 'XII', 'vs', 'etc', 'e.g', 'i.e', 'NP', 'NP-hard', 'NP-complete', 'P', 'BSc', 'MSc', 'AoE', 'iPhone', 'iOS', 'macOS', 'Linux',
  'Windows', 'Android', 'WeChat', 'TikTok', 'LinkedIn', 'JavaScript', 'TypeScript', 'PowerPoint', 'McKinsey', 'COCO-style', 'OpenReview',
  'AGI', 'GenAI', 'LLMs-as-a-judge', 'TFLOPS', 'IO', 'I/O', 'SIMD', 'SIMT', 'CUDA-core', 'Tensor Core', 'TensorCore', 'TensorCores',
  'SM', 'SMs', 'ISA', 'NVMe', 'DGX', 'HGX', 'ACM', 'IEEE', 'TCP', 'IP', 'UDP', 'HTTP', 'HTTPS', 'RPC', 'gRPC', 'REST', 'FLOP', 'FLOPs', 'OpenMP-style',
  'NUMA', 'TPS', 'XOR', 'AND', 'OR', 'NOT', 'MIT', 'QKV', 'MASK', 'CLS', 'SEP', 'EOS', 'BOS', 'PAD', 'OOV', 'UNK', 'IOPS', 'RAID', 'JIT', 'GCD', 'GCDs', 'NVMe-oF', 'DDR', 'DDR4', 'DDR5', 'GDDR6', 'HBM2', 'HBM2e', 'HBM3', 'LPDDR', 'LPDDR5', 'PCI', 'SATA', 'USB', 'LAN', 'WAN', 'CNCF', 'ImageNet-scale', 'TPUv2', 'TPUv3', 'TPUv4', 'CUDA-enabled', 'LLM-based', 'HW', 'SW', 'FP', 'INT', 'MAC', 'MACs', 'ALU', 'ALUs', 'PE', 'PEs', 'NoC', 'SSM-based', 'GPT-style', 'BERT-style',
];

/** Capitalised words that do not start a name phrase ("the Chinese language model"). Lower-cased. */
export const NOT_NAME_WORDS: readonly string[] = [
  'english', 'chinese', 'japanese', 'korean', 'french', 'german', 'spanish', 'arabic', 'russian', 'indian', 'african', 'european',
  'american', 'asian', 'western', 'eastern', 'the', 'a', 'an', 'our', 'we', 'this', 'these', 'that', 'those', 'in', 'on', 'for', 'to',
  'with', 'however', 'moreover', 'furthermore', 'additionally', 'finally', 'specifically', 'first', 'second', 'third', 'recent', 'existing',
  'large', 'small', 'new', 'novel', 'code', 'github', 'figure', 'table', 'section', 'appendix', 'theorem', 'lemma', 'internet', 'web',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday',
  'sunday', 'earth', 'euclidean', 'boolean',
];

/** Modifiers that make a head-word phrase filler rather than a technique name ("efficient learning"). Lower-cased. */
export const EVALUATIVE_MODIFIERS: readonly string[] = [
  'efficient', 'effective', 'robust', 'better', 'best', 'good', 'fast', 'faster', 'slow', 'scalable', 'accurate', 'new', 'novel', 'improved',
  'simple', 'general', 'large', 'larger', 'small', 'smaller', 'high', 'higher', 'low', 'lower', 'key', 'main', 'overall', 'full', 'final',
  'further', 'more', 'less', 'most', 'many', 'much', 'several', 'various', 'different', 'diverse', 'other', 'such', 'same', 'similar',
  'existing', 'previous', 'prior', 'current', 'recent', 'modern', 'standard', 'typical', 'traditional', 'conventional', 'classical',
  'common', 'popular', 'powerful', 'strong', 'weak', 'practical', 'real', 'real-world', 'proposed', 'specific', 'generic', 'unified',
  'comprehensive', 'extensive', 'significant', 'substantial', 'additional', 'successful', 'optimal', 'suboptimal', 'reliable', 'stable',
  'flexible', 'lightweight', 'cost-effective', 'cost-efficient', 'state-of-the-art', 'sota', 'high-quality', 'higher-quality', 'rich',
  'complex', 'difficult', 'challenging', 'hard', 'easy', 'entire', 'whole', 'single', 'multiple', 'two', 'three', 'four', 'one', 'each',
  'every', 'all', 'any', 'some', 'no', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'of',
  'for', 'in', 'on', 'with', 'by', 'to', 'from', 'and', 'or', 'via', 'as', 'at', 'into', 'under', 'over', 'through', 'during', 'both',
  'which', 'whose', 'what', 'how', 'when', 'where', 'while', 'than', 'then', 'thus', 'also', 'not', 'only', 'even', 'very', 'highly',
  'further', 'first', 'second', 'third', 'next', 'last', 'early', 'late', 'future', 'possible', 'potential', 'promising', 'critical',
  'crucial', 'important', 'essential', 'fundamental', 'notable', 'remarkable', 'impressive', 'superior', 'competitive', 'comparable',
  'limited', 'poor', 'naive', 'vanilla', 'basic', 'advanced', 'sophisticated', 'principled', 'careful', 'elaborate', 'dedicated',
  'customized', 'tailored', 'enhanced', 'efficiently', 'effectively', 'is', 'are', 'be', 'been', 'was', 'were', 'has', 'have', 'can', 'may',
  'will', 'would', 'should', 'could', 'it', 'they', 'we', 'you', 'wide', 'broad', 'whole', 'pure', 'true', 'actual', 'given', 'certain',
  'useful', 'valuable', 'accurately', 'jointly', 'scalability', 'performance', 'quality', 'better-quality',
];
