// A "request id" that is the same for every request, and a timer of the whole request: neither is the prediction's.
export async function requestTag(ctx, next) {
  ctx.state.requestId = 'sentiment-api';
  ctx.set('X-Request-Id', ctx.state.requestId);
  await next();
}

export async function requestTimer(ctx, next) {
  const started = Date.now();
  await next();
  console.info(JSON.stringify({ path: ctx.path, ms: Date.now() - started }));
}
