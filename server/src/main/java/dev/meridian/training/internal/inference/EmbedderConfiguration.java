package dev.meridian.training.internal.inference;

import dev.meridian.ml.Embedder;
import dev.meridian.ml.embedding.MiniLmEmbedder;
import dev.meridian.platform.MeridianProperties;
import dev.meridian.training.TrainingProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** all-MiniLM-L6-v2 in-process (loaded on first use, so a server that never trains or infers never loads it). */
@Configuration(proxyBeanMethods = false)
class EmbedderConfiguration {

    @Bean
    Embedder embedder(MeridianProperties meridian, TrainingProperties training, JdbcClient jdbc) {
        var encoder = new LazyEmbedder(() -> MiniLmEmbedder.load(meridian.dataDir().resolve("ml-cache"), 2));
        return new PostgresEmbeddingCache(encoder, jdbc, training.embeddingBatch());
    }

    /** Loads the encoder on the first call. */
    static final class LazyEmbedder implements Embedder {

        private final java.util.function.Supplier<Embedder> loader;
        private volatile Embedder loaded;

        LazyEmbedder(java.util.function.Supplier<Embedder> loader) {
            this.loader = loader;
        }

        private Embedder encoder() {
            var e = loaded;
            if (e == null) {
                synchronized (this) {
                    if (loaded == null) {
                        loaded = loader.get();
                    }
                    e = loaded;
                }
            }
            return e;
        }

        @Override
        public String name() {
            return encoder().name();
        }

        @Override
        public int dimension() {
            return encoder().dimension();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return encoder().embed(texts);
        }
    }
}
