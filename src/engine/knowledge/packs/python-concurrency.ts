import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'python-concurrency',
  name: 'Python threads, executors and partials',
  languages: ['python'],
  description: 'A model method handed to something that runs it: `Thread(target=model.generate, kwargs=…)` (streaming generation), `executor.submit(model.predict, x)`, `loop.run_in_executor(None, model.predict, x)`, `asyncio.to_thread`, Starlette/AnyIO thread pools; `functools.partial(model.predict, …)` stays the model method.',
  tables: {
    producers: [
      { match: 'functools.partial', passThrough: 'arg0' },
      { match: 'asyncio.get_running_loop', type: 'asyncio.loop' }, { match: 'asyncio.get_event_loop', type: 'asyncio.loop' },
      { match: 'asyncio.new_event_loop', type: 'asyncio.loop' },
      { match: 'concurrent.futures.ThreadPoolExecutor', type: 'executor' }, { match: 'concurrent.futures.ProcessPoolExecutor', type: 'executor' },
    ],
    deferredCalls: [
      { match: 'threading.Thread', callable: 'target', argsFrom: ['args', 'kwargs'] },
      { match: 'asyncio.to_thread', callable: 0 },
      { match: 'starlette.concurrency.run_in_threadpool', callable: 0 },
      { match: 'fastapi.concurrency.run_in_threadpool', callable: 0 },
      { match: 'anyio.to_thread.run_sync', callable: 0 },
      { match: 'executor#submit', callable: 0 },
      { match: 'executor#map', callable: 0 },
      { match: 'asyncio.loop#run_in_executor', callable: 1 },
    ],
  },
};
export default pack;
