import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;

export interface CountryShape {
  /** ISO 3166 numeric code, which is the UN M49 code of the State; empty for disputed areas. */
  m49: string;
  d: string;
}

let shapes: CountryShape[] | undefined;

/**
 * SVG paths of the world's countries (Natural Earth 1:110m via world-atlas, bundled), in the
 * Equal Earth projection so no region looks larger than it is. Antarctica is left out: no mission
 * to write to, and it would take a fifth of the height. Computed once per page.
 */
export function countryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: countries });
  const path = geoPath(projection).digits(1);
  shapes = countries
    .map((country) => ({ m49: country.id === undefined ? '' : String(country.id), d: path(country) ?? '' }))
    .filter((shape) => shape.d !== '');
  return shapes;
}

/** M49 codes the map can draw; smaller States appear only in the table beside it. */
export function drawableM49(): Set<string> {
  return new Set(countryShapes().map((shape) => shape.m49));
}
