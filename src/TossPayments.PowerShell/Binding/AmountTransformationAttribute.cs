using System;
using System.Management.Automation;

namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// Binds any value to a <see cref="TossAmount"/> parameter, readable or not, so that the row
    /// check (not the binder) decides: an empty cell is no amount, and an unreadable value is
    /// refused with InvalidAmount instead of being silently left unbound.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class AmountTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => TossAmount.From(inputData);
    }
}
