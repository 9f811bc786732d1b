using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TossPayments.Json
{
    /// <summary>Reads a <see cref="Deferred{T}"/> as its raw JSON, and writes it as the value it reads to.</summary>
    internal sealed class DeferredConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Deferred<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(DeferredConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()))!;

        private sealed class DeferredConverter<T> : JsonConverter<Deferred<T>>
            where T : class
        {
            public override Deferred<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                Deferred<T>.Keep(ref reader, options);

            public override void Write(Utf8JsonWriter writer, Deferred<T> value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize(writer, value.Read("nested part"), (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }
    }
}
