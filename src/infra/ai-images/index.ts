export { AiImagesClient, type AiImagesConfig } from './ai-images.client';
