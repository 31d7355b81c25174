import * as vscode from 'vscode';
import { STORY_MODES, type StoryMode } from '../core/packet/entryStory';
import { SECTION } from './settings';

/** `promotionJournal.packet.stories`: how much of each win's story the packet and the draft tell; a summary unless set. */
export function readStoryMode(scope?: vscode.ConfigurationScope): StoryMode {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('packet.stories');
  return (STORY_MODES as readonly unknown[]).includes(value) ? (value as StoryMode) : 'summary';
}
