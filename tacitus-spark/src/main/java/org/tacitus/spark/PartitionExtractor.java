package org.tacitus.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.tacitus.ingest.InputDocument;
import org.tacitus.ingest.Inputs;
import org.tacitus.ingest.JsonlReader;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;
import org.tacitus.pipeline.DocumentResult;

/**
 * The work of one partition: each item read (a JSON line, or a whole file through Hadoop) and each of its
 * documents run through this JVM's {@link ExecutorPipeline}, one at a time, lazily — a WARC file's captures are
 * never all held at once. Unreadable input becomes an error row with its stable code; the partition goes on.
 */
final class PartitionExtractor implements Serializable {

    private final HadoopFiles files;
    private final LocalDate defaultPublished;

    PartitionExtractor(HadoopFiles files, LocalDate defaultPublished) {
        this.files = files;
        this.defaultPublished = defaultPublished;
    }

    Iterator<StoreRows> extract(Iterator<WorkItem> items) {
        return new Iterator<>() {
            private Iterator<ReadResult> current = Collections.emptyIterator();
            private String source;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && items.hasNext()) {
                    WorkItem item = items.next();
                    source = item.file().path();
                    current = read(item).iterator();
                }
                return current.hasNext();
            }

            @Override
            public StoreRows next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ReadResult r = current.next();
                DocumentResult result = ExecutorPipeline.get().process(r);
                return StoreRows.of(result, source);
            }
        };
    }

    private Stream<ReadResult> read(WorkItem item) {
        InputFile f = item.file();
        if (item.isLine()) {
            InputDocument doc = new InputDocument(f.id(), f.path(), f.name(), new byte[0], null);
            return Stream.of(new JsonlReader().readLine(doc, item.lineNumber(), item.line(), defaultPublished));
        }
        byte[] bytes;
        try {
            bytes = files.readAll(f);
        } catch (IOException | OutOfMemoryError e) {
            return Stream.of(ReadResult.failed(f.id(),
                    Problem.of(ProblemCode.INPUT_UNREADABLE, "ingest", f.path() + ": " + e.getMessage())));
        }
        return new Inputs().read(new InputDocument(f.id(), f.path(), f.name(), bytes, null), defaultPublished);
    }
}
