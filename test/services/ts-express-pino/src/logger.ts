import pino from 'pino';

export const logger = pino({
  base: { service: 'answers', version: process.env.GIT_SHA, env: process.env.NODE_ENV },
});
