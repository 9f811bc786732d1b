using System;

namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// Names columns that a row may carry instead of this parameter's and that must not be taken
    /// for it, nor ignored: a row with one of them (holding a value) and no column of this
    /// parameter is refused as ambiguous, since leaving the parameter out has a meaning of its own
    /// (for <c>-CancelAmount</c>, the whole balance). See <see cref="RowCheck"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class ColumnLookalikesAttribute : Attribute
    {
        public ColumnLookalikesAttribute(params string[] columns)
        {
            Columns = columns;
        }

        /// <summary>The lookalike column names, compared as <see cref="RowCheck"/> normalizes names.</summary>
        public string[] Columns { get; }

        /// <summary>A parameter whose column, when it holds the same amount, makes the lookalike harmless.</summary>
        public string? UnlessEqualTo { get; set; }
    }
}
