using System;
using System.Collections;
using System.Management.Automation;
using TossPayments.Payments;

namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// Lets <c>-RefundReceiveAccount</c> take a hashtable or an object with <c>bank</c> (or
    /// <c>bankCode</c>), <c>accountNumber</c> and <c>holderName</c>, in any case. Missing parts stay
    /// empty so the cmdlet's validation names what is missing.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class RefundAccountTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                case RefundReceiveAccount _:
                    return value;
                case IDictionary table:
                    return new RefundReceiveAccount(Find(table, "bank", "bankCode"), Find(table, "accountNumber"), Find(table, "holderName"));
                case PSCustomObject _:
                    var properties = ((PSObject)inputData!).Properties;
                    return new RefundReceiveAccount(
                        Text(properties["bank"]?.Value ?? properties["bankCode"]?.Value), Text(properties["accountNumber"]?.Value), Text(properties["holderName"]?.Value));
                default:
                    throw new ArgumentTransformationMetadataException(
                        "A refund account is a hashtable such as @{ bank = '88'; accountNumber = '12345678901'; holderName = '김토스' }.");
            }
        }

        private static string Find(IDictionary table, params string[] names)
        {
            foreach (DictionaryEntry entry in table)
            {
                foreach (var name in names)
                {
                    if (string.Equals(entry.Key as string, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return Text(entry.Value);
                    }
                }
            }

            return "";
        }

        private static string Text(object? value) => (value is PSObject wrapped ? wrapped.BaseObject : value)?.ToString()?.Trim() ?? "";
    }
}
