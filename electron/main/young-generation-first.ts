// Imported first by the main process, so that it runs before any other module is loaded: Electron's
// main process takes no V8 flag after start, and a young generation grown to 2 × 16 MB would count
// in an import's peak memory (src/service/young-generation.ts).
import { limitYoungGeneration } from '../../src/service/young-generation';

limitYoungGeneration();
