# corpus: ultralytics YOLO detection/segmentation/tracking; OpenTelemetry with-span and explicit request id on /detect, nothing on /segment, print only in the tracking loop
import cv2
import numpy as np
from fastapi import FastAPI, File, Header, UploadFile
from opentelemetry import trace
from ultralytics import YOLO

WEIGHTS = "/models/yolo/helmet-detector-v3.pt"
detector = YOLO(WEIGHTS)  # expect: load pinned
segmenter = YOLO("./weights/yolov8n-seg.pt")  # expect: load pinned

tracer = trace.get_tracer("vision")
app = FastAPI()


def _decode(raw: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(raw, np.uint8), cv2.IMREAD_COLOR)


@app.post("/detect")
async def detect(file: UploadFile = File(...), x_request_id: str | None = Header(None)):
    img = _decode(await file.read())
    with tracer.start_as_current_span("yolo.detect") as span:
        span.set_attribute("request_id", x_request_id or "")
        span.set_attribute("model.weights", WEIGHTS)
        results = detector(img, conf=0.4, verbose=False)  # expect: infer missing=inputs
        boxes = results[0].boxes
        span.set_attribute("detections", len(boxes))
    return {"boxes": boxes.xyxy.tolist(), "classes": boxes.cls.tolist()}


@app.post("/segment")
async def segment(file: UploadFile = File(...)):
    img = _decode(await file.read())
    results = segmenter.predict(img, imgsz=640, verbose=False)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    masks = results[0].masks
    return {"n_masks": 0 if masks is None else len(masks)}


def track_stream(source: str) -> None:
    cap = cv2.VideoCapture(source)
    while cap.isOpened():
        ok, frame = cap.read()
        if not ok:
            break
        res = detector.track(frame, persist=True, verbose=False)  # expect: infer missing=inputs,model-version,prediction-id,latency,errors
        print("tracked ids:", res[0].boxes.id)
    cap.release()
