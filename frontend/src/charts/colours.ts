/** GOV.UK palette colours the charts use; each meaning also has a shape, pattern, line style or label. */
export const chartColours = {
  text: '#0b0c0c',
  secondaryText: '#484949',
  grid: '#cecece',
  blue: '#1d70b8',
  lightBlue: '#5694ca',
  paleBlue: '#bbd4ea',
  darkBlue: '#0f385c',
  purple: '#54319f',
  red: '#ca3535',
  green: '#0f7a52',
  orange: '#b7592a',
  yellow: '#ffdd00',
  darkYellow: '#594d00',
  grey: '#b1b4b6',
  white: '#ffffff',
};
