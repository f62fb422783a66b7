import type { KnowledgePack } from '../types';
import { LOGGER_METHODS } from './helpers';

const PY = 'aws_lambda_powertools';
const TS = '@aws-lambda-powertools';

const pack: KnowledgePack = {
  id: 'aws-lambda-powertools',
  name: 'AWS Lambda Powertools and X-Ray',
  languages: ['python', 'typescript'],
  description: 'Powertools for AWS Lambda (Python and TS): its structured `Logger` (with `append_keys`/`appendKeys`), `Metrics` and `Tracer` (annotations and metadata as sinks; `capture_method`/`captureMethod` and the handler decorators time the call and record its errors); `captureAWSv3Client` and X-Ray\'s return the AWS client they wrap.',
  tables: {
    producers: [
      { match: `${PY}.Logger`, type: 'logger.powertools' }, { match: `${PY}.logging.Logger`, type: 'logger.powertools' },
      { match: `${PY}.Tracer`, type: 'powertools.tracer' }, { match: `${PY}.tracing.Tracer`, type: 'powertools.tracer' },
      { match: `${PY}.Metrics`, type: 'powertools.metrics' }, { match: `${PY}.metrics.Metrics`, type: 'powertools.metrics' },
      { match: `${TS}/logger.Logger`, type: 'logger.powertools' },
      { match: `${TS}/tracer.Tracer`, type: 'powertools.tracer' },
      { match: `${TS}/metrics.Metrics`, type: 'powertools.metrics' },
      // tracing wrappers return the client they are given (`tracer.captureAWSv3Client(new BedrockRuntimeClient())`)
      { match: 'powertools.tracer#captureAWSv3Client', passThrough: 'arg0' }, { match: 'powertools.tracer#captureAWSClient', passThrough: 'arg0' },
      { match: 'aws-xray-sdk*.captureAWSv3Client', passThrough: 'arg0' }, { match: 'aws-xray-sdk*.captureAWSClient', passThrough: 'arg0' },
    ],
    sinks: [
      ...LOGGER_METHODS.map(m => ({ match: `logger.powertools#${m}` })),
      ...['append_keys', 'appendKeys', 'appendPersistentKeys', 'structure_logs'].map(m => ({ match: `logger.powertools#${m}`, role: 'context' as const })),
      ...['put_annotation', 'put_metadata', 'putAnnotation', 'putMetadata'].map(m => ({ match: `powertools.tracer#${m}`, keyArg: 0 })),
      ...['add_metric', 'add_metadata', 'add_dimension', 'addMetric', 'addMetadata', 'addDimension', 'addDimensions'].map(m => ({ match: `powertools.metrics#${m}` })),
    ],
    regions: ['capture_method', 'capture_lambda_handler', 'captureMethod', 'captureLambdaHandler'].map(m => ({ match: `powertools.tracer#${m}`, covers: ['latency' as const, 'errors' as const] })),
  },
};
export default pack;
