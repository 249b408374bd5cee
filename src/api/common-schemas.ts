import { z } from 'zod';

/** An id as the contract takes it (the service checks its shape before it names a file). */
export const Id = z.string().min(1).max(200);

export const OffsetUnitSchema = z.enum(['codepoint', 'utf16']);
