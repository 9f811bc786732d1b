using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;
using System.Text;
using TossPayments.Webhooks;

namespace TossPayments.PowerShell.Webhooks
{
    /// <summary>
    /// Reads a delivery's body and headers from what PowerShell hosts hand a script: text, bytes,
    /// a hashtable of headers, an Azure Functions request (<c>RawBody</c>, <c>Headers</c>) or a
    /// Pode request (<c>Body</c>, <c>Headers</c>). The body is kept as received: a payout
    /// signature covers the raw bytes, and a body parsed and written again does not match.
    /// </summary>
    internal static class WebhookInput
    {
        /// <summary>The body as raw bytes, from a string or bytes.</summary>
        /// <exception cref="ArgumentException">The value is neither: a body already parsed into an object cannot be verified.</exception>
        public static byte[] Body(object? value) => Unwrap(value) switch
        {
            byte[] bytes => bytes,
            string text => Encoding.UTF8.GetBytes(text),
            null => throw new ArgumentException("The body is empty."),
            var other => throw new ArgumentException(
                $"The body is a {other.GetType().Name}, not the text or bytes received. Pass the raw body (Azure Functions: $Request.RawBody; Pode: $WebEvent.Request.Body): a body parsed into an object no longer holds what was sent."),
        };

        /// <summary>The body and headers of a host's request object.</summary>
        public static (byte[] Body, WebhookDelivery Delivery) Request(PSObject request)
        {
            // Azure Functions parses a JSON body into Body; RawBody keeps it as sent.
            var body = Property(request, "RawBody") ?? Property(request, "Body")
                ?? throw new ArgumentException("The request has no RawBody or Body property: pass -Body and -Headers instead.");
            return (Body(body), Headers(Property(request, "Headers")));
        }

        /// <summary>The delivery headers out of a hashtable, a name-value collection or any list of name/value pairs.</summary>
        /// <exception cref="ArgumentException">The value holds no headers this can read.</exception>
        public static WebhookDelivery Headers(object? value) => Unwrap(value) switch
        {
            null => WebhookDelivery.None,
            IDictionary dictionary => WebhookDelivery.FromHeaders(dictionary.Keys.Cast<object>().Select(key => Pair(key, dictionary[key]))),
            NameValueCollection collection => WebhookDelivery.FromHeaders(collection.AllKeys.Where(key => key is not null).Select(key => Pair(key!, collection[key]))),
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> httpHeaders => WebhookDelivery.FromHeaders(httpHeaders.Select(header => Pair(header.Key, header.Value))),
            var other => throw new ArgumentException($"The headers are a {other.GetType().Name}; pass a hashtable of header names and values."),
        };

        private static KeyValuePair<string, string?> Pair(object key, object? value) =>
            new(Unwrap(key)?.ToString() ?? "", Unwrap(value) switch
            {
                null => null,
                string text => text,
                IEnumerable values => string.Join(",", values.Cast<object>().Select(v => Unwrap(v)?.ToString())),
                var single => single.ToString(),
            });

        private static object? Property(PSObject request, string name) => Unwrap(request.Properties[name]?.Value);

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
