import type { LabelSchema } from './model';

/** The schema a new workspace starts with: who claims what, on whose word. */
export const defaultSchema: LabelSchema = {
  labels: [
    {
      name: 'Claim',
      colour: '#f2b705',
      hotkey: 'c',
      attributes: [{ name: 'certainty', values: ['asserted', 'hedged', 'denied'] }],
    },
    {
      name: 'Source',
      colour: '#2f80ed',
      hotkey: 's',
      attributes: [
        {
          name: 'kind',
          values: ['publication', 'official', 'named person', 'anonymous person', 'organisation', 'government body'],
        },
        { name: 'named', values: ['yes', 'no'] },
      ],
    },
    { name: 'Cue', colour: '#27ae60', hotkey: 'u', attributes: [] },
  ],
  relationTypes: [
    { name: 'attributed-to', from: ['Claim'], to: ['Source'], symmetric: false },
    { name: 'same-claim', from: ['Claim'], to: ['Claim'], symmetric: true },
    { name: 'contradicts', from: ['Claim'], to: ['Claim'], symmetric: true },
    { name: 'supports', from: ['Claim'], to: ['Claim'], symmetric: false },
  ],
};
