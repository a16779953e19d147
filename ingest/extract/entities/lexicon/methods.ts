/**
 * Well-known named models, algorithms, optimizers, systems and libraries (methods_named). Variants separated by `|`,
 * first is the display name; a leading `!` makes the entry case-sensitive (names that are also English words).
 * Mixed-case and acronym names (RoBERTa, GPT-4) are found by shape anyway; this list fixes their type and catches
 * the plain-word names (Adam, Mamba, Whisper).
 */
export const METHOD_LEXICON: readonly string[] = [
  // language models
  'BERT', 'RoBERTa', 'ALBERT', 'DistilBERT', 'ELECTRA', 'DeBERTa', 'XLNet', 'SpanBERT', 'SciBERT', 'BioBERT', 'T5', 'mT5', 'Flan-T5',
  '!BART', 'GPT', 'GPT-2', 'GPT-3', 'GPT-3.5', 'GPT-4', 'GPT-4o', 'GPT-4V', 'GPT-J', 'GPT-Neo', 'GPT-NeoX', 'ChatGPT', 'InstructGPT',
  '!Codex', 'LLaMA|Llama', 'LLaMA-2|Llama 2|Llama-2|LLaMA 2', 'Llama 3|Llama-3|LLaMA-3|LLaMA 3', 'Llama 3.1', '!Alpaca', '!Vicuna',
  '!Mistral', 'Mistral 7B|Mistral-7B', 'Mixtral', 'Qwen', 'Qwen2', 'Qwen2.5', 'Qwen3', '!Gemma', '!Gemini', 'PaLM', 'PaLM 2', '!Claude',
  '!Falcon', '!BLOOM', '!OPT', '!Pythia', '!Phi-2', '!Phi-3', 'DeepSeek', 'DeepSeek-V2', 'DeepSeek-V3', 'DeepSeek-R1', '!Chinchilla',
  '!Gopher', 'GLaM', 'Switch Transformer|SwitchTransformer', 'GShard', 'Megatron-LM|Megatron', 'StarCoder', 'Code Llama|CodeLlama',
  'WizardLM', 'WizardCoder', 'OLMo', '!MPT', 'Baichuan', 'ChatGLM', '!GLM', '!Yi', 'InternLM', 'MiniCPM', '!Orca', '!Zephyr',
  'OpenChat', '!Grok', 'ERNIE', '!Galactica', '!Minerva', 'AlphaCode', 'AlphaGeometry', 'AlphaProof', 'o1|OpenAI o1', 'o3',
  // vision and multimodal
  'ResNet', 'ResNet-18|ResNet18', 'ResNet-34|ResNet34', 'ResNet-50|ResNet50', 'ResNet-101|ResNet101', 'ResNet-152|ResNet152',
  'ResNeXt', 'Wide ResNet|WideResNet|WRN', 'VGG|VGGNet', 'VGG-16|VGG16', 'VGG-19|VGG19', 'AlexNet', 'GoogLeNet', '!Inception',
  'Inception-v3', 'MobileNet', 'MobileNetV2', 'MobileNetV3', 'EfficientNet', 'DenseNet', 'ShuffleNet', 'SqueezeNet', 'RegNet', 'ViT',
  'DeiT', 'Swin Transformer|Swin', 'ConvNeXt', 'U-Net|UNet', 'YOLO', 'Faster R-CNN', 'Mask R-CNN', 'R-CNN', 'DETR', 'SAM|Segment Anything',
  'CLIP', 'BLIP', 'BLIP-2', 'LLaVA', '!Flamingo', 'DALL-E|DALL·E|DALLE', 'DALL-E 2', 'DALL-E 3', '!Imagen', 'Stable Diffusion',
  'SDXL', '!Midjourney', 'DiT', '!Sora', 'VQ-VAE', 'VQGAN', 'StyleGAN', 'StyleGAN2', 'CycleGAN', 'pix2pix', 'DDPM', 'DDIM',
  'ControlNet', 'DreamBooth', 'Textual Inversion', 'InstructPix2Pix', 'DreamFusion', 'Instant-NGP|Instant NGP', 'Mip-NeRF',
  'SimCLR', 'MoCo', 'BYOL', 'DINO', 'DINOv2', 'iBOT', 'BEiT', 'SimSiam', 'Barlow Twins', 'SwAV', 'InstructBLIP', 'MiniGPT-4',
  'Qwen-VL', 'InternVL', 'CogVLM', 'PaLI', 'IDEFICS', 'AnimateDiff', 'Stable Video Diffusion', 'Point-E', 'Shap-E',
  // speech and audio
  '!Whisper', 'wav2vec 2.0|wav2vec|wav2vec2', 'HuBERT', 'Tacotron|Tacotron 2', 'WaveNet', 'VALL-E', 'SoundStream', 'EnCodec',
  'AudioLM', 'MusicGen', 'AudioLDM', '!Jukebox',
  // sequence models and attention variants
  '!Mamba', 'S4', 'RWKV', 'RetNet', '!Hyena', '!Longformer', 'BigBird', '!Reformer', '!Performer', '!Linformer', 'Transformer-XL',
  '!Perceiver', 'MLP-Mixer', 'FlashAttention|Flash Attention|FlashAttention-2', 'PagedAttention', 'ELMo', 'Word2Vec|word2vec',
  'GloVe', 'fastText|FastText', 'Sentence-BERT|SBERT', 'ColBERT', 'Contriever', '!E5', '!BGE', 'BM25', 'TF-IDF',
  // graphs
  'GCN', 'GAT', 'GraphSAGE', 'GIN', '!SGC', 'APPNP', 'ChebNet', 'PinSAGE', 'Cluster-GCN|ClusterGCN', 'GraphSAINT', 'node2vec',
  'DeepWalk', 'FastRP', 'GraphGPS', 'Graphormer', 'TransE', 'RotatE', 'DistMult', 'ComplEx',
  // optimizers and training algorithms
  '!Adam', '!AdamW', 'SGD', 'RMSProp|RMSprop', 'Adagrad|AdaGrad', 'Adafactor', 'L-BFGS|LBFGS', '!LAMB', '!Lion', '!Shampoo', '!Sophia',
  '!Muon', 'LoRA', 'QLoRA', 'DoRA', 'DPO', 'PPO', 'TRPO', 'GRPO', 'SAC', 'DQN', 'A3C', 'A2C', 'DDPG', 'TD3', 'REINFORCE',
  'AlphaGo', 'AlphaZero', 'MuZero', 'AlphaFold|AlphaFold2|AlphaFold 2', 'AlphaFold3|AlphaFold 3', 'RoseTTAFold', 'ESM-2|ESM2',
  '!Dreamer|DreamerV3', 'Decision Transformer', '!Gato', 'RT-1', 'RT-2', 'OpenVLA', 'PaLM-E', 'SayCan', 'ReAct', 'Toolformer',
  '!Voyager', 'DARTS', 'ENAS', 'ProxylessNAS', 'Once-for-All', 'MAML', 'XGBoost', 'LightGBM', 'CatBoost', 't-SNE', 'UMAP',
  'Gumbel-Softmax', 'GPTQ', 'AWQ', 'SmoothQuant', 'SparseGPT', 'Wanda', 'ZeRO', 'ZeRO-Offload', 'ZeRO-Infinity', 'GPipe',
  'PipeDream', 'Alpa', 'Colossal-AI', 'FSDP', 'Horovod', 'vLLM', 'TensorRT', 'TensorRT-LLM', 'SGLang',
  // frameworks and libraries
  'PyTorch', 'TensorFlow', '!JAX', 'Keras', 'MXNet', '!Caffe', 'ONNX', 'DeepSpeed', 'Megatron-DeepSpeed', 'DGL', 'PyG|PyTorch Geometric',
  'NetworkX', 'scikit-learn|sklearn', 'CUDA', 'cuDNN', '!Triton', 'NCCL', '!MPI', 'OpenMP', 'TVM', '!XLA', 'MLIR', 'Hugging Face Transformers',
  '!Ray', 'Apache Spark|Spark', 'Hadoop', 'MapReduce', 'Kubernetes', 'LangChain', 'LlamaIndex', 'AutoGPT', 'MetaGPT',
  'SWE-agent', 'NumPy', 'SciPy', 'Kaldi', 'ESPnet', 'OpenAI Gym|!Gym', 'MuJoCo', 'Isaac Gym', 'CARLA', '!Habitat',
];
