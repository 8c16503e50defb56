import { describe, it, expect } from 'vitest';
import { findQuantities } from './quantities';
import { extractClaims } from './index';
import { GERMAN } from './languages/de';

/** The first figure's quote and unit. */
function figure(text: string, lang = undefined as typeof GERMAN | undefined): [string, unknown] {
  const c = findQuantities({ text, start: 0, end: text.length }, lang)[0];
  return c ? [text.slice(c.start, c.end), c.values.unit] : ['', undefined];
}

describe('units of measure end at the unit', () => {
  it('leaves out the words after a unit written apart', () => {
    for (const [text, quote, unit] of [
      ['a bridge 1,500 ft long and cost $2 million', '1,500 ft', 'ft'],
      ['The tower is 300 feet tall.', '300 feet', 'feet'],
      ['The wall is 3 metres long and 2 metres high.', '3 metres', 'metres'],
      ['The lake is 40 km wide.', '40 km', 'km'],
      ['They built a 30 km long fence.', '30 km', 'km'],
      ['The town lies 20 miles north of the border.', '20 miles', 'miles'],
      ['The storm brought 120 mph winds to the coast.', '120 mph', 'mph'],
      ['The parcel weighed 20 kg more than allowed.', '20 kg', 'kg'],
      ['The river is 2 metres deep here.', '2 metres', 'metres'],
      ['The ship sailed 500 nautical miles east.', '500 nautical miles', 'nautical miles'],
      ['The park covers 300 square kilometres in all.', '300 square kilometres', 'square kilometres'],
      ['The park covers 300 km² in all.', '300 km²', 'km²'],
      ['Some 300 sq km burned.', 'Some 300 sq km', 'sq km'],
      ['The car ran at 100 km/h on the road.', '100 km/h', 'km/h'],
      ['The train reached 300 kilometres per hour today.', '300 kilometres per hour', 'kilometres per hour'],
      ['Cars drove 120 km an hour there.', '120 km an hour', 'km an hour'],
      ['It was 40 degrees Celsius in the shade.', '40 degrees Celsius', 'degrees Celsius'],
      ['The plant makes 5 MW more than planned.', '5 MW', 'MW'],
      ['They ran 10 to 20 km north.', '10 to 20 km', 'km'],
    ] as const) {
      expect(figure(text), text).toEqual([quote, unit]);
    }
  });

  it('leaves out the words after a unit glued to its number', () => {
    for (const [text, quote, unit] of [
      ['a bridge 1,500ft long and cost $2 million', '1,500ft', 'ft'],
      ['The lake is 40km wide.', '40km', 'km'],
      ['Gusts of 120mph winds hit the coast.', '120mph', 'mph'],
      ['It covers 300km² in all.', '300km²', 'km²'],
      ['It ran at 100km/h on the road.', '100km/h', 'km/h'],
      ['It is 10km to 20km long.', '10km to 20km', 'km'],
    ] as const) {
      expect(figure(text), text).toEqual([quote, unit]);
    }
  });

  it('reads a glued "m" before a noun that is not counted as metres, and with money as a million', () => {
    for (const [text, quote] of [
      ['He won the 400m race.', '400m'],
      ['She set a record in a 100m sprint.', '100m'],
      ['They built a 5m wall.', '5m'],
    ] as const) {
      expect(figure(text), text).toEqual([quote, 'm']);
    }
    for (const text of ['The $400m budget passed.', 'The deal is worth 400m euros.']) {
      const c = findQuantities({ text, start: 0, end: text.length })[0];
      expect(c?.values.number, text).toBe(400_000_000);
    }
    // A noun counted after it: read on as before ("m" may be a million people).
    expect(figure('Some 400m people voted.')[1]).toBe('m people');
    // Where no million is written "m", it is metres before any noun.
    expect(figure('Sie gewann den 400m Lauf.', GERMAN)).toEqual(['400m', 'm']);
  });

  it('keeps the material a measure is of, and the units that are whole already', () => {
    expect(figure('Some 3,000 cubic metres of water were released.')).toEqual([
      'Some 3,000 cubic metres of water',
      'cubic metres of water',
    ]);
    expect(figure('It covers 300km² of farmland.')).toEqual(['300km² of farmland', 'km² of farmland']);
    expect(figure('They live within 5 km of the border.')).toEqual(['5 km', 'km']);
    expect(figure('It was 40°C in the shade.')).toEqual(['40°C', '°C']);
    expect(figure('Inflation was 5 per cent last year.')).toEqual(['5 per cent', 'percent']);
    expect(figure('Turnout rose 3% overnight.')).toEqual(['3%', 'percent']);
    // Not measures: what is counted reads on as before.
    expect(figure('Some 800 battle tanks and armored vehicles took part.')[1]).toBe(
      'battle tanks and armored vehicles',
    );
    expect(figure('The 2,000 foot soldiers marched.')[1]).toBe('foot soldiers');
    expect(figure('Some 500 barrels of oil leaked.')[1]).toBe('barrels of oil');
  });

  it('ends a symbol unit in another language too', () => {
    expect(figure('Der See ist 40 km breit.', GERMAN)).toEqual(['40 km', 'km']);
  });

  it('keeps the cost after a length its own claim', () => {
    const { claims } = extractClaims('The bridge is 1,500 ft long and cost $2 million.');
    expect(claims.map((c) => [c.quote, c.values?.unit]).sort()).toEqual([
      ['$2 million', 'USD'],
      ['1,500 ft', 'ft'],
    ]);
  });
});
