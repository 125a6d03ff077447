"""Liaoning Regional Strategy Atlas: data, maps and exports for the 一圈一带两区 strategy."""
