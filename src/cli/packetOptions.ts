import { STORY_MODES, type StoryMode } from '../core/packet/entryStory';
import { CliError } from './io';

export type PacketFormat = 'markdown' | 'html';

const FORMATS: readonly PacketFormat[] = ['markdown', 'html'];

/** `--stories`: how much of each win's story to tell; a summary unless told. */
export function readStories(value: string | undefined): StoryMode {
  if (value === undefined) {
    return 'summary';
  }
  if (!(STORY_MODES as readonly string[]).includes(value)) {
    throw new CliError(`--stories: "${value}" is not one of none, summary, full.`);
  }
  return value as StoryMode;
}

/** `--format`: markdown unless told; html is one self-contained page. */
export function readFormat(value: string | undefined): PacketFormat {
  if (value === undefined) {
    return 'markdown';
  }
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new CliError(`--format: "${value}" is not one of markdown, html.`);
  }
  return value as PacketFormat;
}
