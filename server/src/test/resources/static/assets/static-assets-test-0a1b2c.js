// A stand-in for a hashed script of the web app build, for StaticAssetsTest.
export const asset = 1
