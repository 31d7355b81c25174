/** Why a file's frontmatter cannot be read, at the line of its cause when known. */
export class FrontmatterError extends Error {
  constructor(
    readonly code: 'frontmatter-language' | 'frontmatter-unclosed' | 'frontmatter-invalid',
    message: string,
    /** Zero-based line inside the YAML text (in the file, once parseFrontmatter has placed it). */
    readonly yamlLine?: number,
  ) {
    super(message);
  }
}
