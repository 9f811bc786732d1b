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
    }
}
