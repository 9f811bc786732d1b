using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TossPayments.Models
{
    /// <summary>
    /// The base of every object the API returns. Fields this library does not model yet are kept
    /// here and written back out, so nothing the API sends is lost.
    /// </summary>
    public abstract class ApiObject
    {
        /// <summary>Fields the API sent that have no property here, by their JSON name.</summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>
        /// The object as the API's own JSON: its field names and raw values (Korean text as sent),
        /// with the fields this library does not model, so nothing is lost. For logs and other
        /// systems; <c>ConvertTo-Json</c> writes the .NET shape instead.
        /// </summary>
        public string ToJson() =>
            JsonSerializer.Serialize(this, Json.TossJsonContext.Wire.GetTypeInfo(GetType())
                ?? throw new NotSupportedException($"{GetType().Name} has no API JSON shape."));
    }
}
