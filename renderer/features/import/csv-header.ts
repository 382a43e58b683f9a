import Papa from 'papaparse';

// Main accepts a column override up to this length (shared/contract/invoke-channels.ts importInput).
const maxHeaderLength = 100;

const normalise = (cell: string): string => cell.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The header cells of a CSV file as main reads them: its first row that is not blank, parsed by papaparse with
 * the same separators (comma, semicolon or tab), quotes and BOM handling. Cells that are empty, repeat an
 * earlier one (main matches headers ignoring case and spacing) or are too long to send are left out.
 */
export function readCsvHeader(content: string): string[] {
  let header: string[] = [];
  Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    step: (row, parser) => {
      if (row.data.every((cell) => cell.trim() === '')) return;
      header = row.data;
      parser.abort();
    },
  });
  const seen = new Set<string>();
  return header
    .map((cell) => cell.replace(/^\uFEFF/, '').trim())
    .filter((cell) => {
      const key = normalise(cell);
      if (key === '' || cell.length > maxHeaderLength || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
