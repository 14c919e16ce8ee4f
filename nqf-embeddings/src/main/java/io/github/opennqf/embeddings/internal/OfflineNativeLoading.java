package io.github.opennqf.embeddings.internal;

import java.util.function.Supplier;

/**
 * Runs a model load so that it cannot download anything and finds bundled resources whatever the
 * calling thread. Not API.
 *
 * <p>The Hugging Face tokenizers that langchain4j uses come from DJL, whose native library loader
 * extracts the CPU library bundled in its jar, but downloads another build when it sees a CUDA
 * device or a platform whose library is not bundled (for example macOS on x86-64). DJL's offline
 * switch (system property {@code ai.djl.offline}, environment variable {@code DJL_OFFLINE}) turns
 * that off: it then uses the bundled CPU library, or fails. The switch is read once, when the
 * library is first loaded, so it is set only for the duration of a load, and only when the
 * application has not set it itself. langchain4j's bundled model is read through the thread's
 * context class loader, which is set to the class loader of the model's own jar for the load.
 */
final class OfflineNativeLoading {
    static final String OFFLINE_PROPERTY = "ai.djl.offline";
    private static final Object LOCK = new Object();

    private OfflineNativeLoading() {}

    static <T> T run(Class<?> owner, Supplier<T> load) {
        synchronized (LOCK) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            boolean setOffline = System.getenv("DJL_OFFLINE") == null && System.getProperty(OFFLINE_PROPERTY) == null;
            if (setOffline) {
                System.setProperty(OFFLINE_PROPERTY, "true");
            }
            thread.setContextClassLoader(owner.getClassLoader());
            try {
                return load.get();
            } finally {
                thread.setContextClassLoader(previous);
                if (setOffline) {
                    System.clearProperty(OFFLINE_PROPERTY);
                }
            }
        }
    }
}
