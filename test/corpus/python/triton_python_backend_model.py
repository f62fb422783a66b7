# corpus: Triton Python backend model.py using BLS: two independent pb_utils.InferenceRequest(...).exec() calls on the same input tensor
import json
import time

import numpy as np
import triton_python_backend_utils as pb_utils


class TritonPythonModel:
    def initialize(self, args):
        self.model_config = json.loads(args["model_config"])
        self.logger = pb_utils.Logger

    def execute(self, requests):
        responses = []
        for request in requests:
            input_ids = pb_utils.get_input_tensor_by_name(request, "INPUT_IDS")
            start_ns = time.perf_counter_ns()

            tox_request = pb_utils.InferenceRequest(
                model_name="toxicity_classifier",
                requested_output_names=["SCORE"],
                inputs=[input_ids],
            )
            tox_response = tox_request.exec()  # expect: infer missing=inputs,model-version,prediction-id,errors
            if tox_response.has_error():
                raise pb_utils.TritonModelException(tox_response.error().message())
            score = pb_utils.get_output_tensor_by_name(tox_response, "SCORE").as_numpy()
            self.logger.log_info(
                f"toxicity={float(score[0][0]):.3f} took {(time.perf_counter_ns() - start_ns) / 1e6:.2f} ms"
            )

            lang_request = pb_utils.InferenceRequest(
                model_name="language_id",
                model_version=2,
                requested_output_names=["LANG_PROBS"],
                inputs=[input_ids],
            )
            lang_response = lang_request.exec()  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
            if lang_response.has_error():
                raise pb_utils.TritonModelException(lang_response.error().message())
            lang_probs = pb_utils.get_output_tensor_by_name(lang_response, "LANG_PROBS")

            out_score = pb_utils.Tensor("TOXICITY", score.astype(np.float32))
            responses.append(pb_utils.InferenceResponse(output_tensors=[out_score, lang_probs]))
        return responses

    def finalize(self):
        self.logger.log_info("moderation ensemble finalized")
