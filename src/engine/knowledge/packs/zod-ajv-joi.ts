import type { KnowledgePack } from '../types';

/** Zod schema builders that return the schema they are called on (`z.object({…}).strict()`). */
const ZOD_CHAIN = ['strict', 'passthrough', 'strip', 'extend', 'merge', 'pick', 'omit', 'partial', 'required', 'optional', 'nullable',
  'nullish', 'array', 'refine', 'superRefine', 'transform', 'default', 'describe', 'catch', 'brand', 'readonly', 'and', 'or', 'min', 'max',
  'length', 'int', 'positive', 'nonnegative', 'trim', 'email', 'url', 'uuid'];

const pack: KnowledgePack = {
  id: 'zod-ajv-joi',
  name: 'zod, ajv, joi, yup, class-validator, valibot',
  languages: ['typescript'],
  description: 'JS input validation: schemas built with zod, ajv, joi or yup and their parse/validate calls, class-validator, valibot.',
  tables: {
    // schema builders give schemas whose parse/validate methods check inputs
    producers: [
      { match: 'zod*.z.*', type: 'validator.zod' }, { match: 'zod*.*', type: 'validator.zod' },
      ...ZOD_CHAIN.map(m => ({ match: `validator.zod#${m}`, passThrough: 'receiver' as const })),
      { match: 'ajv', type: 'validator.ajv' }, { match: 'ajv.Ajv', type: 'validator.ajv' },
      { match: 'validator.ajv#compile', type: 'validator.ajv-fn' },
      { match: 'joi.*', type: 'validator.joi' }, { match: 'yup.*', type: 'validator.yup' },
    ],
    validators: [
      ...['parse', 'safeParse', 'parseAsync', 'safeParseAsync'].map(m => `validator.zod#${m}`),
      'validator.ajv#validate', 'validator.ajv-fn#', 'validator.joi#validate', 'validator.joi#validateAsync',
      'validator.yup#validate', 'validator.yup#validateSync', 'joi.assert', 'joi.attempt',
      'class-validator.validate', 'class-validator.validateOrReject', 'valibot.parse', 'valibot.safeParse',
    ],
  },
};
export default pack;
