export * from './types';
export * from './mark-element';
export { createMarker, SCAN_MEASURE, type Marker, type MarkerOptions } from './marker';
export { unmarkAll, unwrapMark, wrapMatches } from './wrap';
export { isExcludedElement, isInsideExcluded } from './exclusions';
export { scanTextNodes } from './scan';
