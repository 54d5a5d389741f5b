/**
 * A fill of diagonal stripes (white unless said) over a colour, so that bars differ by pattern as well as colour.
 * Falls back to the plain colour where the browser cannot draw (as in unit tests).
 */
export function stripedFill(colour: string, stripes = '#ffffff'): string | CanvasPattern {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = colour;
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = stripes;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(-2, 2);
  context.lineTo(2, -2);
  context.moveTo(0, 8);
  context.lineTo(8, 0);
  context.moveTo(6, 10);
  context.lineTo(10, 6);
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}
