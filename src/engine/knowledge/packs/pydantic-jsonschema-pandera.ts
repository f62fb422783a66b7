import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'pydantic-jsonschema-pandera',
  name: 'pydantic, jsonschema, pandera, Great Expectations',
  languages: ['python'],
  description: 'Python input validation: pydantic models and adapters (also as typed handler parameters), `jsonschema.validate`, pandera schemas, Great Expectations, NaN/finiteness checks.',
  tables: {
    validators: ['pydantic.BaseModel', 'pydantic.TypeAdapter#validate_python', 'jsonschema.validate', 'pandera.**', 'pandas.isna',
      'numpy.isnan', 'numpy.isfinite', 'math.isnan', 'math.isfinite', 'great_expectations.**'],
  },
};
export default pack;
