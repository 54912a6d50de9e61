// Marking State names in a page's DOM (CSS Custom Highlight API): DOM code tested with happy-dom, no browser APIs.
export * from './types';
export { createMarker, SCAN_MEASURE, FIRST_SCREEN_MEASURE, REGISTER_LIMIT, type Marker, type MarkerOptions } from './marker';
export { MentionIndex, windowAround, type Mention, type NodeMentions } from './mention-index';
export { createHighlightLayer, highlightName, HIGHLIGHT_PREFIX, type HighlightLayer } from './highlights';
export { isExcludedElement, isInsideExcluded, isInsideInteractive } from './exclusions';
export { scanTextNodes } from './scan';
