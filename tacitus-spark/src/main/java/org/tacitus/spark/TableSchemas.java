package org.tacitus.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The columns of the job's tables, in the order {@link StoreRows} fills them. */
final class TableSchemas {

    static final StructType DOCUMENTS = schema(
            "key", StringType, "article_id", StringType, "title", StringType, "url", StringType,
            "publisher", StringType, "published", DateType, "authors", StringType, "source", StringType,
            "format", StringType, "text", StringType, "num_events", IntegerType, "num_quotes", IntegerType,
            "month", StringType);

    /** One row per event of one article (the store's {@code event_reports}, with the dedup key's columns). */
    static final StructType EVENTS = schema(
            "id", StringType, "document_key", StringType, "article_id", StringType, "report_index", IntegerType,
            "local_id", StringType, "type", StringType, "mode", StringType, "cameo", StringType,
            "date_value", StringType, "date_basis", StringType, "date_relation", StringType, "day", DateType,
            "timex_dated", BooleanType, "source_codes", StringType, "target_codes", StringType,
            "place_name", StringType, "place_country", StringType, "lat", DoubleType, "lon", DoubleType,
            "geonames_id", LongType, "contexts", StringType, "factual", BooleanType, "num_mentions", IntegerType,
            "published", DateType, "publisher", StringType, "url", StringType, "month", StringType);

    static final StructType MENTIONS = schema(
            "report_id", StringType, "mention_index", IntegerType, "document_key", StringType,
            "sentence_index", IntegerType, "sentence_start", IntegerType, "sentence_end", IntegerType,
            "sentence_text", StringType, "trigger_start", IntegerType, "trigger_end", IntegerType,
            "trigger_text", StringType, "month", StringType);

    static final StructType PARTICIPANTS = schema(
            "report_id", StringType, "mention_index", IntegerType, "side", StringType, "position", IntegerType,
            "start_pos", IntegerType, "end_pos", IntegerType, "text", StringType, "code", StringType,
            "country", StringType, "sector", StringType, "name", StringType, "month", StringType);

    static final StructType QUOTES = schema(
            "document_key", StringType, "position", IntegerType, "start_pos", IntegerType, "end_pos", IntegerType,
            "text", StringType, "direct", BooleanType, "speaker_start", IntegerType, "speaker_end", IntegerType,
            "speaker_text", StringType, "speaker_name", StringType, "speaker_code", StringType,
            "speaker_country", StringType, "speaker_sector", StringType, "speaker_actor", StringType,
            "cue_start", IntegerType, "cue_end", IntegerType, "cue_text", StringType, "month", StringType);

    static final StructType ERRORS = schema(
            "id", StringType, "source", StringType, "code", StringType, "message", StringType);

    private TableSchemas() {
    }

    private static StructType schema(Object... nameType) {
        StructField[] fields = new StructField[nameType.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new StructField((String) nameType[2 * i], (DataType) nameType[2 * i + 1], true,
                    org.apache.spark.sql.types.Metadata.empty());
        }
        return new StructType(fields);
    }
}
