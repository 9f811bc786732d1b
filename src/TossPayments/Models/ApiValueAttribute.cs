using System;

namespace TossPayments.Models
{
    /// <summary>The strings the API uses for an enum member: the Korean default and the <c>en-US</c> form.</summary>
    [AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
    internal sealed class ApiValueAttribute : Attribute
    {
        /// <summary>Names every string that maps to the member.</summary>
        public ApiValueAttribute(params string[] values) => Values = values;

        /// <summary>The API strings for the member.</summary>
        public string[] Values { get; }
    }
}
