using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text;

namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// Checks a pipeline row's columns against what the binder made of them, before anything is
    /// sent. PowerShell binds a column only by its exact name or alias (in any case) and silently
    /// ignores the rest, and leaving out an optional parameter means its default; for money that
    /// default can be "everything". So a row is refused when a column:
    /// <list type="bullet">
    /// <item>is a misspelling of a parameter (<c>'cancel amount'</c>, <c>'Cancel-Amount'</c>,
    /// <c>'cancelAmount '</c>): the same name once trimmed, case, white space, '_' and '-' are
    /// set aside (<c>MisspelledColumn</c>);</item>
    /// <item>names a parameter, holds a value, and did not bind (<c>UnreadableColumn</c>), or holds
    /// a list where the parameter takes one text;</item>
    /// <item>names a parameter that the command line also gave (<c>ConflictingColumn</c>): the
    /// command line would silently win;</item>
    /// <item>is a lookalike that must not be taken for a parameter the row lacks
    /// (<see cref="ColumnLookalikesAttribute"/>, <c>AmbiguousColumn</c>).</item>
    /// </list>
    /// Only rows made of columns are checked (Import-Csv rows, <c>[pscustomobject]</c>); a typed
    /// object such as a piped Payment has no misspelled properties.
    /// </summary>
    internal sealed class RowCheck
    {
        private static readonly ConcurrentDictionary<Type, RowCheck> ByCommand = new ConcurrentDictionary<Type, RowCheck>();

        private readonly Dictionary<string, Column> _exact = new Dictionary<string, Column>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Column> _normalized = new Dictionary<string, Column>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Column[]> _near = new ConcurrentDictionary<string, Column[]>(StringComparer.Ordinal);
        private readonly List<(Column Column, HashSet<string> Names, string? UnlessEqualTo)> _lookalikes = new List<(Column, HashSet<string>, string?)>();

        private RowCheck(Type command)
        {
            foreach (var property in command.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!property.GetCustomAttributes<ParameterAttribute>().Any(p => p.ValueFromPipelineByPropertyName))
                {
                    continue;
                }

                var aliases = property.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames).ToArray();
                var column = new Column(property.Name, property.PropertyType, aliases);
                foreach (var name in aliases.Prepend(property.Name))
                {
                    _exact[name] = column;
                    _normalized[Normalize(name)] = column;
                }

                if (property.GetCustomAttribute<ColumnLookalikesAttribute>() is ColumnLookalikesAttribute lookalikes)
                {
                    _lookalikes.Add((column, new HashSet<string>(lookalikes.Columns.Select(Normalize), StringComparer.Ordinal), lookalikes.UnlessEqualTo));
                }
            }
        }

        /// <summary>The check for a cmdlet type, built once.</summary>
        public static RowCheck For(Type command) => ByCommand.GetOrAdd(command, type => new RowCheck(type));

        /// <summary>Refuses the row if any of its columns would be ignored, overruled or mistaken.</summary>
        /// <param name="row">The pipeline object.</param>
        /// <param name="bound">The parameters bound for this row, the command line's included.</param>
        /// <param name="fromCommandLine">The parameters the command line gave.</param>
        /// <exception cref="TossPaymentsValidationException">A column is misspelled, unreadable, conflicting or ambiguous.</exception>
        public void Check(PSObject? row, IDictionary<string, object> bound, ICollection<string> fromCommandLine)
        {
            if (row?.BaseObject is not PSCustomObject)
            {
                return;
            }

            var columns = row.Properties.Where(p => p.IsGettable).ToList();
            foreach (var property in columns)
            {
                var value = Unwrap(property.Value);
                if (!_exact.TryGetValue(property.Name, out var column))
                {
                    if (Meant(property.Name, columns, fromCommandLine) is { } meant)
                    {
                        throw Refuse("MisspelledColumn", meant,
                            $"The column '{property.Name}' is not read as -{meant.Name}: PowerShell binds a column only by its exact name ({meant.Names}, in any case), so it would be ignored. Rename the column; nothing was sent.");
                    }

                    continue;
                }

                if (IsEmpty(value))
                {
                    continue;
                }

                if (fromCommandLine.Contains(column.Name))
                {
                    throw Refuse("ConflictingColumn", column,
                        $"The row's column '{property.Name}' ({Shown(property.Name, value)}) and -{column.Name} on the command line both give {column.Name}, and the command line would silently win. Give it in one place only; nothing was sent.");
                }

                if (!bound.ContainsKey(column.Name))
                {
                    throw Refuse("UnreadableColumn", column,
                        $"The column '{property.Name}' holds {Shown(property.Name, value)}, which cannot be read as -{column.Name}; it is not left out in its place. Correct it; nothing was sent.");
                }

                if (column.Type == typeof(string) && value is IEnumerable && value is not string && value is not IDictionary)
                {
                    throw Refuse("UnreadableColumn", column,
                        $"The column '{property.Name}' holds several values where -{column.Name} takes one text. Correct it; nothing was sent.");
                }
            }

            foreach (var (column, names, unlessEqualTo) in _lookalikes)
            {
                CheckLookalikes(columns, column, names, unlessEqualTo, fromCommandLine);
            }
        }

        /// <summary>A column name as a person means it: no surrounding or inner white space, '_' or '-', any case.</summary>
        // The parameter an unknown column most likely means: the same name written another way
        // (case, '_', '-', spaces), or one or two letters off (a slip, two letters swapped) for a
        // parameter the row gives no column of its own, so that its default is not taken by mistake.
        private Column? Meant(string name, List<PSPropertyInfo> columns, ICollection<string> fromCommandLine)
        {
            var normalized = Normalize(name);
            if (_normalized.TryGetValue(normalized, out var same))
            {
                return same;
            }

            // Rows of one CSV share their column names: the near names of each are found once.
            var near = _near.GetOrAdd(normalized, unknown => _normalized
                .Where(known => Slips(unknown, known.Key) <= (known.Key.Length >= 8 ? 2 : known.Key.Length >= 4 ? 1 : 0))
                .Select(known => known.Value)
                .ToArray());
            return near.FirstOrDefault(column => !fromCommandLine.Contains(column.Name) && !columns.Any(p => _exact.TryGetValue(p.Name, out var given) && given == column));
        }

        // Letters to change, add, drop or swap with a neighbour to turn one name into the other.
        private static int Slips(string a, string b)
        {
            if (Math.Abs(a.Length - b.Length) > 2)
            {
                return int.MaxValue;
            }

            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }

        internal static string Normalize(string name)
        {
            var text = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (!char.IsWhiteSpace(c) && c != '_' && c != '-' && c != '\uFEFF' && c != '\u200B')
                {
                    text.Append(char.ToLowerInvariant(c));
                }
            }

            return text.ToString();
        }

        private void CheckLookalikes(List<PSPropertyInfo> columns, Column column, HashSet<string> names, string? unlessEqualTo, ICollection<string> fromCommandLine)
        {
            if (fromCommandLine.Contains(column.Name) || columns.Any(p => _exact.TryGetValue(p.Name, out var c) && c == column))
            {
                return;
            }

            var lookalike = columns.FirstOrDefault(p => names.Contains(Normalize(p.Name)) && !IsEmpty(Unwrap(p.Value)));
            if (lookalike == null)
            {
                return;
            }

            // The same amount as the row's balance: the whole balance and the amount are one thing.
            var same = columns.FirstOrDefault(p => _exact.TryGetValue(p.Name, out var c) && c.Name == unlessEqualTo);
            if (TossAmount.From(lookalike.Value) is { IsReadable: true } amount && TossAmount.From(same?.Value) is { IsReadable: true } sameAmount
                && amount.Read(lookalike.Name) == sameAmount.Read(same!.Name))
            {
                return;
            }

            throw Refuse("AmbiguousColumn", column,
                $"The row has '{lookalike.Name}' ({Shown(lookalike.Name, Unwrap(lookalike.Value))}) but no {column.Name} column, and without one the command acts on its default. " +
                $"Name the column {column.Name} if that is what you mean, or add an empty {column.Name} column to ask for the default explicitly; nothing was sent.");
        }

        private static TossPaymentsValidationException Refuse(string errorId, Column column, string message) =>
            new TossPaymentsValidationException(errorId, column.Name, message);

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private static bool IsEmpty(object? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));

        private static string Shown(string columnName, object? raw)
        {
            var value = SecretColumns.Shown(columnName, raw);
            var text = value is IEnumerable list && value is not string ? "@(" + string.Join(", ", list.Cast<object>()) + ")" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            return "'" + (text.Length > 40 ? text.Substring(0, 40) + "…" : text) + "'";
        }

        private sealed class Column
        {
            public Column(string name, Type type, string[] aliases)
            {
                Name = name;
                Type = type;
                Names = string.Join(", ", aliases.Prepend(name));
            }

            public string Name { get; }

            public Type Type { get; }

            public string Names { get; }
        }
    }
}
