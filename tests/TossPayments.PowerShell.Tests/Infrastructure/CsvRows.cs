using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace TossPayments.PowerShell.Tests.Infrastructure
{
    /// <summary>
    /// Rows shaped as Import-Csv makes them: PSCustomObjects whose properties are the header's
    /// names, in its case, each holding text. (The engine hosted here has no Import-Csv.)
    /// </summary>
    public static class CsvRows
    {
        public static List<PSObject> Parse(string csv)
        {
            var lines = csv.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var header = Split(lines[0]);
            var rows = new List<PSObject>();
            foreach (var line in lines.Skip(1))
            {
                var cells = Split(line);
                var row = new PSObject();
                for (var i = 0; i < header.Count; i++)
                {
                    row.Properties.Add(new PSNoteProperty(header[i], i < cells.Count ? cells[i] : null));
                }

                rows.Add(row);
            }

            return rows;
        }

        // RFC 4180 fields: commas split, quotes group and "" is a quote.
        private static List<string> Split(string line)
        {
            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            cells.Add(cell.ToString());
            return cells;
        }
    }
}
