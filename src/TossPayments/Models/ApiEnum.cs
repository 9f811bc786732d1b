using System;
using System.Collections.Generic;
using System.Reflection;

namespace TossPayments.Models
{
    /// <summary>
    /// Maps the API's strings to enum members. Unknown strings map to the member 0 (<c>Unknown</c>)
    /// rather than failing: the API adds enum values without a new version.
    /// </summary>
    internal static class ApiEnum
    {
        /// <summary>The member for an API string, or the enum's zero member (<c>Unknown</c>) when it is not known.</summary>
        public static TEnum Parse<TEnum>(string value)
            where TEnum : struct, Enum =>
            Table<TEnum>.ByValue.TryGetValue(value, out var member) ? member : default;

        /// <summary>Like <see cref="Parse{TEnum}"/>, but <c>null</c> for a missing value.</summary>
        public static TEnum? ParseOrNull<TEnum>(string? value)
            where TEnum : struct, Enum =>
            value is null ? null : Parse<TEnum>(value);

        /// <summary>Every API string a member of <typeparamref name="TEnum"/> stands for, Korean and English.</summary>
        public static IEnumerable<string> Values<TEnum>()
            where TEnum : struct, Enum =>
            Table<TEnum>.ByValue.Keys;

        private static class Table<TEnum>
            where TEnum : struct, Enum
        {
            public static readonly Dictionary<string, TEnum> ByValue = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);

#pragma warning disable CA1810 // The table is filled from the fields' attributes in one pass.
            static Table()
#pragma warning restore CA1810
            {
                foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    var attribute = field.GetCustomAttribute<ApiValueAttribute>();
                    if (attribute is null)
                    {
                        continue;
                    }

                    var member = (TEnum)field.GetValue(null)!;
                    foreach (var value in attribute.Values)
                    {
                        ByValue[value] = member;
                    }
                }
            }
        }
    }
}
