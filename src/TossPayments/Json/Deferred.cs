using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;

namespace TossPayments.Json
{
    /// <summary>
    /// A nested part of an answer (a payment's card, its cancels…), kept as the API's UTF-8 JSON
    /// and read into <typeparamref name="T"/> the first time it is asked for, once, whatever the
    /// thread. Reading a payment then costs what its top-level fields cost: tables, amounts and
    /// statuses never open the nested parts (docs/ARCHITECTURE.md, "Reading answers").
    /// </summary>
    [JsonConverter(typeof(DeferredConverterFactory))]
    internal sealed class Deferred<T> : IDeferred
        where T : class
    {
        // A list reads from a JSON array; anything else (an object, a dictionary) from a JSON object.
        private static readonly JsonTokenType Start =
            typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(IList<>) ? JsonTokenType.StartArray : JsonTokenType.StartObject;

        private readonly byte[]? _json;
        private readonly JsonSerializerOptions? _options;
        private T? _value;

        private Deferred(byte[] json, JsonSerializerOptions options)
        {
            _json = json;
            _options = options;
        }

        private Deferred(T value)
        {
            _value = value;
        }

        /// <summary>A part set in code, already read.</summary>
        public static Deferred<T>? Of(T? value) => value is null ? null : new Deferred<T>(value);

        /// <summary>Keeps the value at the reader (an object or a list, as <typeparamref name="T"/> is) to read later with <paramref name="options"/>.</summary>
        /// <exception cref="JsonException">The value is not well-formed JSON, or not the object or list <typeparamref name="T"/> reads from.</exception>
        public static Deferred<T> Keep(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            // The shape is checked now, so only a field inside the part can fail when it is read.
            if (reader.TokenType != Start)
            {
                throw new JsonException($"Expected {(Start == JsonTokenType.StartArray ? "a list" : "an object")}, found {reader.TokenType}.");
            }

            return new Deferred<T>(RawValue(ref reader), options);
        }

        /// <summary>The part, read now if it was not yet.</summary>
        /// <exception cref="JsonException">The API's JSON for <paramref name="field"/> does not read as a <typeparamref name="T"/>.</exception>
        public T Read(string field) => Volatile.Read(ref _value) ?? ReadJson(field);

        void IDeferred.Read(string field) => Read(field);

        private T ReadJson(string field)
        {
            T read;
            try
            {
                read = JsonSerializer.Deserialize(_json, (JsonTypeInfo<T>)_options!.GetTypeInfo(typeof(T)))!;
            }
            catch (JsonException ex)
            {
                throw new JsonException($"The answer's '{field}' could not be read: {ex.Message}", ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
            }

            // Two threads may read at once: both get the one value stored first.
            return Interlocked.CompareExchange(ref _value, read, null) ?? read;
        }

        // The bytes from the value's first token to its last; Skip checks they are well-formed JSON.
        private static byte[] RawValue(ref Utf8JsonReader reader)
        {
            if (reader.Position.GetObject() is not null)
            {
                // Read from a sequence of buffers, the value may span several: copy it through a document.
                using var document = JsonDocument.ParseValue(ref reader);
                var copy = new ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(copy))
                {
                    document.RootElement.WriteTo(writer);
                }

                return copy.WrittenSpan.ToArray();
            }

            // Read from one buffer (a string, bytes, or a stream the serializer buffers whole for a
            // converter): the first and last tokens are one byte each, in the same memory.
            ref var first = ref MemoryMarshal.GetReference(reader.ValueSpan);
            reader.Skip();
            ref var last = ref MemoryMarshal.GetReference(reader.ValueSpan);
            return MemoryMarshal.CreateReadOnlySpan(ref first, (int)Unsafe.ByteOffset(ref first, ref last) + 1).ToArray();
        }
    }

    /// <summary>A <see cref="Deferred{T}"/> of any type, to read it without knowing which.</summary>
    internal interface IDeferred
    {
        void Read(string field);
    }

    /// <summary>Reads every deferred part of a value now.</summary>
    internal static class DeferredParts
    {
        /// <exception cref="JsonException">A part does not read as its type.</exception>
        public static void ReadAll(object value)
        {
            // The generated metadata lists every property, the parts among them, whoever reads the type.
            foreach (var property in TossJsonContext.Generated.GetTypeInfo(value.GetType())?.Properties ?? [])
            {
                if (property.Get?.Invoke(value) is IDeferred part)
                {
                    part.Read(property.Name);
                }
            }
        }
    }
}
