export const prerender = true;
// Every page is a folder with an index.html, which any static host serves.
export const trailingSlash = 'always';
