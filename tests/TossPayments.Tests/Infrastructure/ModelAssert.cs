using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TossPayments.Models;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>Checks on parsed API objects.</summary>
    public static class ModelAssert
    {
        /// <summary>Every field the API sent landed in a typed property: no object kept one in its extension data.</summary>
        public static void EveryFieldTyped(ApiObject value)
        {
            var untyped = new List<string>();
            Collect(value, value.GetType().Name, untyped);
            Assert.True(untyped.Count == 0, "Fields with no model property: " + string.Join(", ", untyped));
        }

        private static void Collect(object? value, string path, List<string> untyped)
        {
            switch (value)
            {
                case ApiObject api:
                    untyped.AddRange((api.ExtensionData?.Keys ?? Enumerable.Empty<string>()).Select(name => path + "." + name));
                    foreach (var property in api.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                        .Where(p => p.Name != nameof(ApiObject.ExtensionData) && p.GetIndexParameters().Length == 0))
                    {
                        Collect(property.GetValue(api), path + "." + property.Name, untyped);
                    }

                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        Collect(item, path + "[]", untyped);
                    }

                    break;
            }
        }
    }
}
