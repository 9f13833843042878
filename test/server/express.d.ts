// express has no bundled types and @types/express is not installed; the tests use only its
// everyday surface (express(), .use, .post, .raw, .json), so an untyped module is enough.
declare module 'express';
