import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'sagemaker',
  name: 'Amazon SageMaker',
  languages: ['python', 'typescript'],
  description: 'Calls to SageMaker endpoints: boto3 `sagemaker-runtime` clients (`invoke_endpoint`, async and streaming), the SDK\'s `Predictor.predict` (also the predictor a model\'s or estimator\'s `deploy()` returns), batch transform jobs (`Transformer(…)` or `model.transformer(…)`, then `transform(data)`), and the JS SDKs (`SageMakerRuntimeClient#send`, v2 `invokeEndpoint`).',
  tables: {
    // inference scripts: model_fn(model_dir) returns the model; predict_fn(data, model) / transform_fn(model, …) serve it
    contracts: [{ framework: 'SageMaker inference script', moduleFunctions: ['model_fn'], loadHooks: ['model_fn'], serveHooks: ['predict_fn', 'transform_fn'], modelParams: { predict_fn: 1, transform_fn: 0 } }],
    mlModules: ['sagemaker', '@aws-sdk/client-sagemaker-runtime'],
    producers: [
      // boto3 sessions (also used by the aws-bedrock pack): `boto3.Session(profile_name=…).client("sagemaker-runtime")`
      { match: 'boto3.Session', type: 'aws.session' }, { match: 'boto3.session.Session', type: 'aws.session' },
      // `runtime.sagemaker` is the older name of the same service
      ...['sagemaker-runtime', 'runtime.sagemaker'].flatMap(service => ['boto3.client', 'aws.session#client'].map(match => ({ match, arg0: service, arg0Name: 'service_name', type: 'client.sagemaker' }))),
      { match: 'sagemaker.predictor.Predictor', type: 'predictor.sagemaker' },
      { match: 'sagemaker.Predictor', type: 'predictor.sagemaker' },
      { match: 'sagemaker.predictor.RealTimePredictor', type: 'predictor.sagemaker' }, // SDK v1
      // the SDK's model and estimator classes: `deploy()` creates the endpoint and returns its predictor
      ...['sagemaker.**.*Model', 'sagemaker.*Model', 'sagemaker.**.*Estimator', 'sagemaker.*Estimator',
        ...['huggingface.HuggingFace', 'pytorch.PyTorch', 'tensorflow.TensorFlow', 'sklearn.SKLearn', 'xgboost.XGBoost', 'mxnet.MXNet'].map(e => `sagemaker.${e}`)]
        .map(match => ({ match, type: 'sagemaker.deployable' })),
      { match: 'sagemaker.deployable#deploy', type: 'predictor.sagemaker' },
      { match: 'sagemaker.deployable#fit', passThrough: 'receiver' as const },
      // batch transform: a transformer over a model (`model.transformer(…)`, or `Transformer(model_name, …)`) runs it on a dataset
      { match: 'sagemaker.deployable#transformer', type: 'sagemaker.transformer' },
      ...['sagemaker.transformer.Transformer', 'sagemaker.Transformer'].map(match => ({ match, type: 'sagemaker.transformer' })),
      { match: '@aws-sdk/client-sagemaker-runtime.SageMakerRuntimeClient', type: 'client.sagemaker-runtime' },
      { match: 'aws-sdk.SageMakerRuntime', type: 'client.sagemaker-v2' },
    ],
    inference: [
      { match: 'client.sagemaker#invoke_endpoint', inputArgs: ['Body'] },
      { match: 'client.sagemaker#invoke_endpoint_async', inputArgs: ['InputLocation'] },
      { match: 'client.sagemaker#invoke_endpoint_with_response_stream', inputArgs: ['Body'] },
      { match: 'predictor.sagemaker#predict' },
      { match: 'sagemaker.transformer#transform', inputArgs: [0, 'data'] },
      // AWS SDK v3: every command this client sends invokes an endpoint (InvokeEndpoint, …WithResponseStream, …Async)
      { match: 'client.sagemaker-runtime#send' },
      // the client and the command re-exported by a project module: the command's name says what is sent
      { match: '?#send', arg0Constructor: '^InvokeEndpoint(WithResponseStream|Async)?Command$', languages: ['typescript', 'javascript'] },
      { match: 'client.sagemaker-v2#invokeEndpoint', inputArgs: [0] },
    ],
  },
};
export default pack;
