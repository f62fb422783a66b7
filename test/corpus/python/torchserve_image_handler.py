# corpus: TorchServe custom handler; self.model is created by BaseHandler.initialize() (not in this file) and called in inference()
import io
import json
import logging
import os
import time

import torch
import torch.nn.functional as F
from PIL import Image
from torchvision import transforms
from ts.torch_handler.base_handler import BaseHandler

logger = logging.getLogger(__name__)


class ImageClassifierHandler(BaseHandler):
    image_processing = transforms.Compose(
        [
            transforms.Resize(256),
            transforms.CenterCrop(224),
            transforms.ToTensor(),
            transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
        ]
    )

    def __init__(self):
        super().__init__()
        self.labels = None
        self.model_version = "unknown"

    def initialize(self, context):
        super().initialize(context)
        model_dir = context.system_properties.get("model_dir")
        with open(os.path.join(model_dir, "index_to_name.json")) as fh:
            self.labels = json.load(fh)
        self.model_version = context.manifest["model"].get("modelVersion", "unknown")

    def preprocess(self, data):
        images = []
        for row in data:
            raw = row.get("data") or row.get("body")
            image = Image.open(io.BytesIO(raw)).convert("RGB")
            images.append(self.image_processing(image))
        return torch.stack(images).to(self.device)

    def inference(self, data, *args, **kwargs):
        start = time.time()
        with torch.no_grad():
            logits = self.model(data)  # expect: infer missing=inputs,prediction-id,errors
        probs = F.softmax(logits, dim=1)
        top1 = probs.argmax(dim=1).tolist()
        logger.info(
            "inference done",
            extra={
                "model_version": self.model_version,
                "inference_ms": (time.time() - start) * 1000,
                "top1": top1,
            },
        )
        return probs

    def postprocess(self, data):
        results = []
        for row in data:
            conf, idx = row.topk(3)
            results.append({self.labels[str(i)]: float(c) for c, i in zip(conf.tolist(), idx.tolist())})
        return results
